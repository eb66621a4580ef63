#!/usr/bin/env python3
"""Write what the REAL SQLAlchemy makes of a fixture's models, as JSON.

ormlint reads models statically; this script is its oracle. It imports every module of
the fixture's model package with SQLAlchemy itself and records, for each mapped class,
the table, columns, indexes, unique constraints and foreign keys that SQLAlchemy builds,
with types in Postgres' canonical spelling (the spelling of ormlint's `inspect` JSON).

Run by hand, never by CI (CI has no Python SQLAlchemy):

    apt-get update && apt-get install -y python3-sqlalchemy   # Debian 12: SQLAlchemy 1.4
    /usr/bin/python3 scripts/sqlalchemy_metadata.py [fixtures/field-report]

It writes `<fixture>/expected-models.json`.

What it does, and why:
- Every module under the package (default `app.models`) is imported on its own, with a
  stand-in for the package so that `app/models/__init__.py` (the registry) never runs:
  modules the registry does not import are wanted too, and two of them define classes
  with the same name (SQLAlchemy tolerates that until a relationship string is resolved,
  which this script never does; warnings are silenced, not fatal).
- Mappers are never configured and foreign keys are read as written
  (`ForeignKey.target_fullname`), so a table whose module failed to import does not
  break the tables that point at it.
- Server defaults are given as the SQL text SQLAlchemy emits in CREATE TABLE
  (`now()`, `'new'`, `true`); Python-side `default=` values are not server defaults
  and are left out.
- `unique` on a column: `unique=True`, or a one-column unique index or constraint.
  `index` on a column: any one-column index on it.
- Tables are written `schema.table`, with `public` when the model names no schema; so
  are foreign-key targets.

SQLAlchemy 2.0 files: `app/models/campaigns.py` of the field-report fixture is written
in 2.0 style (`Mapped[...]`, `mapped_column`), which SQLAlchemy 1.4 cannot import. Its
part of the expected JSON is written by hand in `<fixture>/expected-models.manual.json`
(same shape). When a module fails to import with an ImportError, this script takes that
module's models from the manual file and lists the file under `"manual"` in the output.
Under SQLAlchemy 2.x the module imports and the script compares its result with the
manual file, printing any difference, so the hand-written part can be checked.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import re
import sys
import types
import warnings
from pathlib import Path

# Importing the fixture must not leave __pycache__ folders inside it.
sys.dont_write_bytecode = True

import sqlalchemy
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import UniqueConstraint

DIALECT = postgresql.dialect()
DEFAULT_SCHEMA = "public"

# SQLAlchemy's Postgres compiler spells some types the SQL-standard way; Postgres itself
# (information_schema, pg_catalog.format_type) uses these names.
CANONICAL_NAMES = {
    "INTEGER": "integer",
    "BIGINT": "bigint",
    "SMALLINT": "smallint",
    "VARCHAR": "character varying",
    "CHAR": "character",
    "TEXT": "text",
    "BOOLEAN": "boolean",
    "FLOAT": "double precision",
    "DOUBLE PRECISION": "double precision",
    "REAL": "real",
    "NUMERIC": "numeric",
    "DECIMAL": "numeric",
    "DATE": "date",
    "TIMESTAMP WITHOUT TIME ZONE": "timestamp without time zone",
    "TIMESTAMP WITH TIME ZONE": "timestamp with time zone",
    "TIME WITHOUT TIME ZONE": "time without time zone",
    "TIME WITH TIME ZONE": "time with time zone",
    "INTERVAL": "interval",
    "JSON": "json",
    "JSONB": "jsonb",
    "UUID": "uuid",
    "BYTEA": "bytea",
    "INET": "inet",
}


def canonical_type(column: sqlalchemy.Column) -> str:
    """The column's type as Postgres names it (`character varying(50)`, `integer`, ...)."""
    compiled = column.type.compile(dialect=DIALECT)
    if isinstance(column.type, sqlalchemy.Enum):
        return compiled  # a named Postgres enum type: its name is the type
    array_dims = 0
    while compiled.endswith("[]"):
        compiled, array_dims = compiled[:-2], array_dims + 1
    match = re.fullmatch(r"(?P<base>[A-Z ]+?)(?:\((?P<args>[^)]*)\))?(?P<zone> WITH(?:OUT)? TIME ZONE)?", compiled)
    if match is None:
        return compiled.lower() + "[]" * array_dims
    base, args, zone = match["base"], match["args"], match["zone"] or ""
    name = CANONICAL_NAMES.get(base + zone, (base + zone).lower())
    if base == "FLOAT":
        # FLOAT(p): Postgres picks real for p <= 24 and double precision above.
        name = "real" if args and int(args) <= 24 else "double precision"
    elif args and zone:
        head, _, rest = name.partition(" ")  # timestamp(3) with time zone
        name = f"{head}({args}) {rest}"
    elif args:
        name = f"{name}({args.replace(' ', '')})"  # numeric(12,2), like format_type()
    return name + "[]" * array_dims


def server_default_sql(column: sqlalchemy.Column) -> str | None:
    """The DEFAULT clause SQLAlchemy would emit in CREATE TABLE, or None."""
    if column.server_default is None:
        return None
    return DIALECT.ddl_compiler(DIALECT, None).get_column_default_string(column)


def qualified(table: sqlalchemy.Table) -> str:
    return f"{table.schema or DEFAULT_SCHEMA}.{table.name}"


def fk_target(fk: sqlalchemy.ForeignKey) -> dict:
    """`{table, column}` read from the ForeignKey as written, without resolving it."""
    parts = fk.target_fullname.split(".")
    schema = parts[-3] if len(parts) >= 3 else DEFAULT_SCHEMA
    return {"table": f"{schema}.{parts[-2]}", "column": parts[-1]}


def describe_table(table: sqlalchemy.Table) -> dict:
    one_column_indexes = [ix for ix in table.indexes if len(ix.expressions) == 1]
    unique_constraints = [
        c for c in table.constraints if isinstance(c, UniqueConstraint) and not isinstance(c, sqlalchemy.PrimaryKeyConstraint)
    ]

    def is_unique(col: sqlalchemy.Column) -> bool:
        return bool(
            col.unique
            or any(ix.unique and ix.columns.contains_column(col) for ix in one_column_indexes)
            or any(len(uc.columns) == 1 and uc.columns.contains_column(col) for uc in unique_constraints)
        )

    columns = []
    for col in table.columns:
        fks = list(col.foreign_keys)
        columns.append(
            {
                "name": col.name,
                "type": canonical_type(col),
                "nullable": bool(col.nullable),
                "primaryKey": bool(col.primary_key),
                "unique": is_unique(col),
                "index": any(ix.columns.contains_column(col) for ix in one_column_indexes),
                "foreignKey": fk_target(fks[0]) if len(fks) == 1 else None,
                "default": server_default_sql(col),
            }
        )
    indexes = sorted(
        (
            {"name": ix.name, "columns": [c.name for c in ix.columns], "unique": bool(ix.unique)}
            for ix in table.indexes
        ),
        key=lambda ix: ix["name"] or "",
    )
    uniques = sorted(
        ({"name": uc.name, "columns": [c.name for c in uc.columns]} for uc in unique_constraints),
        key=lambda uc: (uc["name"] or "", uc["columns"]),
    )
    foreign_keys = []
    for fkc in sorted(table.foreign_key_constraints, key=lambda c: [e.parent.name for e in c.elements]):
        targets = [fk_target(e) for e in fkc.elements]
        foreign_keys.append(
            {
                "name": fkc.name,
                "columns": [e.parent.name for e in fkc.elements],
                "refTable": targets[0]["table"],
                "refColumns": [t["column"] for t in targets],
                "onDelete": fkc.ondelete,
                "onUpdate": fkc.onupdate,
            }
        )
    return {
        "columns": columns,
        "primaryKey": [c.name for c in table.primary_key.columns],
        "indexes": indexes,
        "uniques": uniques,
        "foreignKeys": foreign_keys,
    }


def install_package_stand_in(root: Path, package: str) -> Path:
    """Make `package` importable WITHOUT running its __init__.py (the registry)."""
    sys.path.insert(0, str(root))
    parent, _, _ = package.rpartition(".")
    if parent:
        importlib.import_module(parent)
    folder = root.joinpath(*package.split("."))
    stand_in = types.ModuleType(package)
    stand_in.__path__ = [str(folder)]
    sys.modules[package] = stand_in
    return folder


def mapped_classes_of(module: types.ModuleType) -> list[type]:
    found = []
    for value in vars(module).values():
        if (
            inspect.isclass(value)
            and value.__module__ == module.__name__
            and isinstance(getattr(value, "__table__", None), sqlalchemy.Table)
            and hasattr(value, "__mapper__")
        ):
            found.append(value)
    return found


def describe_model(cls: type, root: Path) -> dict:
    file = Path(inspect.getsourcefile(cls)).resolve().relative_to(root.resolve()).as_posix()
    return {
        "class": cls.__name__,
        "module": cls.__module__,
        "file": file,
        "line": inspect.getsourcelines(cls)[1],
        "table": qualified(cls.__table__),
        **describe_table(cls.__table__),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fixture", nargs="?", default="fixtures/field-report")
    parser.add_argument("--package", default="app.models")
    parser.add_argument("--output", default=None, help="default: <fixture>/expected-models.json")
    args = parser.parse_args()

    root = Path(args.fixture).resolve()
    manual_path = root / "expected-models.manual.json"
    manual = json.loads(manual_path.read_text())["models"] if manual_path.exists() else []
    folder = install_package_stand_in(root, args.package)

    models: list[dict] = []
    from_manual: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        if path.name == "__init__.py":
            continue
        relative = path.relative_to(root).as_posix()
        module_name = ".".join(path.relative_to(root).with_suffix("").parts)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                module = importlib.import_module(module_name)
        except ImportError as error:
            hand_written = [m for m in manual if m["file"] == relative]
            if not hand_written:
                raise SystemExit(f"{relative}: {error}; and {manual_path.name} has nothing for it")
            print(f"{relative}: {error} -> taken from {manual_path.name}", file=sys.stderr)
            models.extend(hand_written)
            from_manual.append(relative)
            continue
        described = sorted((describe_model(cls, root) for cls in mapped_classes_of(module)), key=lambda m: m["line"])
        models.extend(described)
        hand_written = [m for m in manual if m["file"] == relative]
        if hand_written and hand_written != described:
            print(f"{relative}: SQLAlchemy {sqlalchemy.__version__} disagrees with {manual_path.name}", file=sys.stderr)

    output = Path(args.output) if args.output else root / "expected-models.json"
    result = {
        "generatedBy": "scripts/sqlalchemy_metadata.py",
        "sqlalchemy": sqlalchemy.__version__,
        "manual": from_manual,
        "models": sorted(models, key=lambda m: (m["file"], m["line"])),
    }
    output.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {output} ({len(models)} models)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
