"""Stations and packers: a station has a name; a packer signs in by badge (or by typed name).

Sign-ins and sign-outs are recorded in the audit log (kinds ``login`` and ``logout``) in the
same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, insert, select, update

from packstation.config import logs
from packstation.store.audit import AuditKind, append_in
from packstation.store.database import insert_ignore
from packstation.store.errors import StoreError, UnknownBadge
from packstation.store.schema import packers, sign_ins, stations

if TYPE_CHECKING:
    from packstation.store.database import Database


@dataclass(frozen=True)
class Station:
    name: str
    created_at: datetime
    last_seen_at: datetime


@dataclass(frozen=True)
class Packer:
    id: int
    name: str
    badge: str | None
    active: bool


@dataclass(frozen=True)
class SignIn:
    id: int
    station: str
    packer: Packer
    signed_in_at: datetime
    signed_out_at: datetime | None


def _packer(row: Row[Any]) -> Packer:
    logs.register_personal(row.name)
    return Packer(id=row.id, name=row.name, badge=row.badge, active=row.active)


class People:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ stations
    def _touch_station(self, conn: Connection, name: str, now: datetime) -> None:
        insert_ignore(
            conn,
            stations,
            [{"name": name, "created_at": now, "last_seen_at": now}],
            ["name"],
        )
        conn.execute(update(stations).where(stations.c.name == name).values(last_seen_at=now))

    def register_station(self, name: str) -> Station:
        """Make the station known (or mark it seen now)."""
        name = name.strip()
        if not name:
            raise StoreError("a station needs a name (settings: station_name)")

        def work(conn: Connection) -> Station:
            self._touch_station(conn, name, self._db.now(conn))
            row = conn.execute(select(stations).where(stations.c.name == name)).one()
            return Station(row.name, row.created_at, row.last_seen_at)

        return self._db.run(work)

    def stations(self) -> list[Station]:
        stmt = select(stations).order_by(stations.c.name)
        return self._db.run(
            lambda conn: [
                Station(r.name, r.created_at, r.last_seen_at) for r in conn.execute(stmt)
            ],
            write=False,
        )

    # ------------------------------------------------------------------ packers
    def add_packer(self, name: str, badge: str | None = None) -> Packer:
        """Register a packer; raises :class:`StoreError` if the badge is taken."""
        name = name.strip()
        if not name:
            raise StoreError("a packer needs a name")

        def work(conn: Connection) -> Packer:
            return self._add_packer(conn, name, badge, self._db.now(conn))

        return self._db.run(work)

    def _add_packer(self, conn: Connection, name: str, badge: str | None, now: datetime) -> Packer:
        if badge is not None:
            taken = conn.execute(select(packers).where(packers.c.badge == badge)).first()
            if taken is not None:
                raise StoreError(f"badge {badge} already belongs to packer #{taken.id}")
        new_id = conn.execute(
            insert(packers)
            .values(name=name, badge=badge, active=True, created_at=now)
            .returning(packers.c.id)
        ).scalar_one()
        return Packer(id=int(new_id), name=name, badge=badge, active=True)

    def find_badge(self, badge: str) -> Packer | None:
        stmt = select(packers).where(packers.c.badge == badge)

        def work(conn: Connection) -> Packer | None:
            row = conn.execute(stmt).first()
            return _packer(row) if row is not None else None

        return self._db.run(work, write=False)

    def packers(self) -> list[Packer]:
        stmt = select(packers).order_by(packers.c.name)
        return self._db.run(lambda conn: [_packer(r) for r in conn.execute(stmt)], write=False)

    # ------------------------------------------------------------------ sign-in
    def sign_in(self, station: str, *, badge: str | None = None, name: str | None = None) -> SignIn:
        """Sign a packer in at ``station`` (signing out whoever was signed in there).

        A known ``badge`` names the packer; an unknown badge with a ``name`` registers a new
        packer; an unknown badge alone raises :class:`UnknownBadge`. A ``name`` alone signs in
        the packer of that name without a badge (registered on first use).
        """
        badge = badge.strip() if badge else None
        name = name.strip() if name else None
        if not badge and not name:
            raise StoreError("scan a badge or type a name to sign in")

        def work(conn: Connection) -> SignIn:
            now = self._db.now(conn)
            self._touch_station(conn, station, now)
            row = None
            if badge:
                row = conn.execute(select(packers).where(packers.c.badge == badge)).first()
                if row is None and not name:
                    raise UnknownBadge(badge)
            elif name:
                row = conn.execute(
                    select(packers)
                    .where(packers.c.name == name, packers.c.badge.is_(None))
                    .order_by(packers.c.id)
                    .limit(1)
                ).first()
            if row is not None:
                packer = _packer(row)
            else:
                assert name is not None
                packer = self._add_packer(conn, name, badge, now)
            self._sign_out(conn, station, now, who=packer.name)
            sid = conn.execute(
                insert(sign_ins)
                .values(station=station, packer_id=packer.id, signed_in_at=now)
                .returning(sign_ins.c.id)
            ).scalar_one()
            append_in(
                conn,
                now,
                AuditKind.LOGIN,
                station=station,
                who=packer.name,
                detail={"packer_id": packer.id, "by_badge": bool(badge)},
            )
            return SignIn(int(sid), station, packer, now, None)

        return self._db.run(work)

    def _sign_out(self, conn: Connection, station: str, now: datetime, who: str) -> int:
        current = conn.execute(
            select(sign_ins.c.id, packers.c.name, packers.c.id.label("packer_id"))
            .join(packers, packers.c.id == sign_ins.c.packer_id)
            .where(sign_ins.c.station == station, sign_ins.c.signed_out_at.is_(None))
        ).all()
        for row in current:
            conn.execute(update(sign_ins).where(sign_ins.c.id == row.id).values(signed_out_at=now))
            append_in(
                conn,
                now,
                AuditKind.LOGOUT,
                station=station,
                who=row.name,
                detail={"packer_id": row.packer_id, "by": who},
            )
        return len(current)

    def sign_out(self, station: str) -> int:
        """Sign out whoever is signed in at ``station``; returns how many sign-ins ended."""

        def work(conn: Connection) -> int:
            return self._sign_out(conn, station, self._db.now(conn), who="")

        return self._db.run(work)

    def signed_in(self, station: str) -> SignIn | None:
        """The packer signed in at ``station`` now, if any."""

        def work(conn: Connection) -> SignIn | None:
            row = conn.execute(
                select(sign_ins, packers.c.name, packers.c.badge, packers.c.active)
                .join(packers, packers.c.id == sign_ins.c.packer_id)
                .where(sign_ins.c.station == station, sign_ins.c.signed_out_at.is_(None))
                .order_by(sign_ins.c.id.desc())
                .limit(1)
            ).first()
            if row is None:
                return None
            packer = Packer(row.packer_id, row.name, row.badge, row.active)
            logs.register_personal(packer.name)
            return SignIn(row.id, row.station, packer, row.signed_in_at, row.signed_out_at)

        return self._db.run(work, write=False)
