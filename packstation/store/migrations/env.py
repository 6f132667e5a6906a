"""Alembic environment of the station database.

Packstation runs migrations programmatically (:meth:`packstation.store.Database.upgrade`) and
hands over an open connection in ``config.attributes["connection"]``; no alembic.ini is needed.
For a developer's ``alembic`` command line, ``-x url=postgresql+psycopg://...`` names the database.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from packstation.store.schema import metadata

config = context.config


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: batch mode recreates tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("give the database with: alembic -x url=DATABASE_URL ...")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
