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
plant "domain importing the settings" packstation/domain/__init__.py \
  "import packstation.config.settings  # planted" \
  "The domain imports nothing of ours but the domain"
plant "a socket in the domain" packstation/domain/units.py "import socket  # planted" \
  "The domain does no I/O"
plant "a driver reading the settings" packstation/devices/scale.py \
  "import packstation.config.settings  # planted" \
  "Devices are drivers: no settings, store, Amazon or printers"
plant "the workflow naming the EF client" packstation/services/workflow.py \
  "import packstation.amazon.client  # planted" \
  "The workflow reaches a channel only through the seam"
plant "the workflow naming a channel" packstation/services/packing.py \
  "import packstation.services.channels.ef  # planted" \
  "The workflow reaches a channel only through the seam"
plant "the Pack page naming EF" packstation/gui/pages/pack.py \
  "import packstation.services.channels.ef  # planted" \
  "The Pack page and its controller import no API client and no channel"
plant "the pack controller naming EF" packstation/gui/pack_controller.py \
  "import packstation.services.channels.ef  # planted" \
  "The Pack page and its controller import no API client and no channel"
plant "a page calling Amazon itself" packstation/gui/pages/queue.py \
  "import packstation.amazon.ef_shipments  # planted" \
  "The window reaches Amazon and the sandbox only through services"
plant "one API client using another" packstation/amazon/ef_shipments.py \
  "import packstation.amazon.ef_returns  # planted" \
  "One client module per API"
plant "one sandbox API using another" packstation/sandbox/apis/ef_returns.py \
  "import packstation.sandbox.apis.ef_shipments  # planted" \
  "One sandbox module per API"
plant "a state desk reaching the HTTP layer" packstation/sandbox/state/labels.py \
  "import packstation.sandbox.http  # planted" \
  "The sandbox's state desks sit below its HTTP"
