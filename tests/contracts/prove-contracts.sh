#!/usr/bin/env bash
# Prove the import-linter contracts bite: in a scratch copy of the tree, plant one violation of
# each contract and expect lint-imports to report exactly that contract as broken.
set -euo pipefail
bin=${1:-.venv/bin}
root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

plant() {  # plant NAME FILE LINE EXPECTED_CONTRACT
  local name=$1 file=$2 line=$3 expected=$4
  rm -rf "$scratch/tree" && mkdir -p "$scratch/tree"
  cp -r "$root/packstation" "$root/printers" "$root/pyproject.toml" "$scratch/tree/"
  echo "$line" >> "$scratch/tree/$file"
  if (cd "$scratch/tree" && PYTHONPATH="$scratch/tree" "$root/$bin/lint-imports" --no-cache >"$scratch/out" 2>&1); then
    echo "contracts-proof: planting '$name' was NOT caught" >&2; cat "$scratch/out" >&2; exit 1
  fi
  if ! grep -q "$expected BROKEN" "$scratch/out"; then
    echo "contracts-proof: '$name' failed for another reason:" >&2; cat "$scratch/out" >&2; exit 1
  fi
  echo "contracts-proof: '$name' caught by '$expected'"
}

plant "Qt in the domain" packstation/domain/__init__.py "import PySide6.QtCore  # planted" \
  "Only packstation.gui imports Qt"
plant "printers importing packstation" printers/__init__.py "import packstation.config  # planted" \
  "printers is a standalone library"
plant "domain importing services" packstation/domain/__init__.py "import packstation.services  # planted" \
  "Layers go downward only"
