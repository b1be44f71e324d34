"""``bienestar-central``: the operator's commands (DESIGN.md section 7).

``init`` makes the server keys and the database schema; ``serve`` runs the HTTP API with
uvicorn; ``enrollment-code``, ``revoke``, ``stats`` (and ``devices``, ``decide``,
``verify-audit``) act on the database directly. Errors are one line on stderr and a non-zero
exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bienestar_central import __version__
from bienestar_central.config import (
    CONFIG_ENV,
    DATA_DIR_ENV,
    DATABASE_URL_ENV,
    ServerConfig,
    ensure_private_dir,
    redact_url,
    resolve_data_dir,
    resolve_database_url,
)
from bienestar_central.db import Database, DatabaseError, migrate, require_current
from bienestar_central.keys import KeyFileError, create_keys, load_keys
from bienestar_central.logs import configure_logging
from bienestar_central.service.audit import AuditError, Checkpoint, read_anchors
from bienestar_central.service.central import CentralService
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.review_desk import KINDS as REVIEW_KINDS
from bienestar_field.domain.clock import DEFAULT_TIME_ZONE, time_zone
from bienestar_field.domain.reports import parse_day
from bienestar_wire.codec import ProtocolError
from bienestar_wire.protocol import DeviceRole, require_office

PROG = "bienestar-central"
log = logging.getLogger("bienestar_central")


class CommandError(Exception):
    pass


def _location_options(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=f"server keys and the default SQLite database (default: {DATA_DIR_ENV} or the "
        "platform's data folder)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
        f"(default: {DATABASE_URL_ENV} or SQLite in the data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _location_options(common, default=None)
    # The same options after a sub-command's own sub-command (``review list --data-dir D``);
    # suppressed defaults keep them from undoing ``review --data-dir D list``.
    nested = argparse.ArgumentParser(add_help=False)
    _location_options(nested, default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog=PROG, description="The central server Bienestar Field devices sync to."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    commands.add_parser(
        "init", parents=[common], help="make the server keys (once) and the database schema"
    )

    serve = commands.add_parser("serve", parents=[common], help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes, all on one database (PostgreSQL for more than one)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="comma-separated addresses of the load balancers whose X-Forwarded-For is "
        "believed (default: 127.0.0.1 only); the enrolment limit counts the client it names",
    )
    default = ServerConfig(data_dir=Path(), database_url="")
    serve.add_argument(
        "--max-body-bytes",
        type=int,
        default=default.max_body_bytes,
        help="the largest push or forward body (enrolment: 8 KiB, other routes: 1 KiB)",
    )
    serve.add_argument(
        "--max-concurrent-requests",
        type=int,
        default=default.max_concurrent_requests,
        help="requests one worker handles at once; more get 503 with Retry-After",
    )
    serve.add_argument(
        "--push-rate",
        type=float,
        default=default.push_rate,
        help="pushes (and forwards) per second per device, after a burst (0: no limit)",
    )
    serve.add_argument(
        "--push-burst",
        type=int,
        default=default.push_burst,
        help="pushes a device may make at once",
    )
    serve.add_argument(
        "--pull-rate",
        type=float,
        default=default.pull_rate,
        help="pulls per second per device, after a burst (0: no limit)",
    )
    serve.add_argument(
        "--pull-burst", type=int, default=default.pull_burst, help="pulls a device may make at once"
    )
    serve.add_argument(
        "--enroll-failure-limit",
        type=int,
        default=10,
        help="failed enrolment attempts per client per window before 429",
    )
    serve.add_argument("--enroll-window-seconds", type=int, default=600)
    serve.add_argument(
        "--tls-cert",
        metavar="FILE",
        help="serve HTTPS with this certificate (PEM, the chain after it); needs --tls-key",
    )
    serve.add_argument("--tls-key", metavar="FILE", help="the certificate's private key (PEM)")

    code = commands.add_parser(
        "enrollment-code",
        parents=[common],
        help="print a one-time enrolment code (last line) for a device of an office",
    )
    code.add_argument("--office", required=True, metavar="NAME")
    code.add_argument("--ttl-minutes", type=int, default=None, metavar="N")
    code.add_argument(
        "--role",
        choices=[r.value for r in DeviceRole],
        default=DeviceRole.CASEWORKER.value,
        help="the role the enrolled device gets (only supervisors' devices may send decisions)",
    )

    revoke = commands.add_parser("revoke", parents=[common], help="revoke a device")
    revoke.add_argument("device", metavar="DEVICE")

    commands.add_parser("stats", parents=[common], help="print counts as JSON")

    report = commands.add_parser(
        "report",
        parents=[common],
        help="figures of a day or a period by group, as CSV or JSON",
        description="Households, persons, enrolments by status, attendance checks by result, "
        "and the changes taken and refused, of the office's days FROM to TO (both included), "
        "by program, municipality, locality, device or day. The total row agrees with "
        "'stats' over every day.",
    )
    report.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="default: --from")
    report.add_argument(
        "--by",
        choices=["program", "municipality", "locality", "device", "day"],
        default="program",
    )
    report.add_argument("--format", choices=["csv", "json"], default="csv")
    report.add_argument("--office", metavar="NAME", help="only this office (default: all)")
    report.add_argument(
        "--survey",
        action="store_true",
        help="instead: the socioeconomic survey's coverage and the people in poverty, in "
        "extreme poverty and with each deprivation, by locality, as the households stand on "
        "FROM",
    )
    report.add_argument(
        "--time-zone",
        default=DEFAULT_TIME_ZONE,
        metavar="ZONE",
        help=f"the days are days there (IANA name; default: {DEFAULT_TIME_ZONE})",
    )
    commands.add_parser("devices", parents=[common], help="list enrolled devices as JSON lines")

    decide = commands.add_parser("decide", parents=[common], help="approve or reject an enrolment")
    decide.add_argument("enrollment_id", metavar="ENROLLMENT_ID")
    decide.add_argument("decision", choices=["approved", "rejected"])
    decide.add_argument("--reason", default="")
    decide.add_argument(
        "--office", default=None, help="the enrolment's office, if several offices use its id"
    )

    review = commands.add_parser(
        "review",
        parents=[common],
        help="the review queues: duplicates, probable duplicates, conflicts, refused",
    )
    review_commands = review.add_subparsers(dest="review_command", required=True)
    listing = review_commands.add_parser(
        "list", parents=[nested], help="what waits for a decision, as JSON lines"
    )
    listing.add_argument("--office", metavar="NAME", default=None)
    listing.add_argument("--kind", choices=list(REVIEW_KINDS), default=None)
    deciding = review_commands.add_parser(
        "decide",
        parents=[nested],
        help="decide one item: --same-person --keep ID [--take FIELD ...] | --different "
        "(duplicates), --value winner|loser (conflicts), --approve | --return REASON "
        "(approvals), --accept | --return REASON (outdated-catalog enrolments)",
    )
    deciding.add_argument("item", metavar="ID", help="an item id from review list")
    choice = deciding.add_mutually_exclusive_group(required=True)
    choice.add_argument("--same-person", action="store_true", help="merge the pair")
    choice.add_argument("--different", action="store_true", help="two different people")
    choice.add_argument("--value", choices=["winner", "loser"], help="a conflict's value")
    choice.add_argument("--approve", action="store_true", help="approve a waiting enrolment")
    choice.add_argument(
        "--accept", action="store_true", help="an outdated-catalog enrolment stands"
    )
    choice.add_argument(
        "--return",
        dest="returned",
        metavar="REASON",
        help="return an enrolment to its caseworker for correction, saying why",
    )
    deciding.add_argument("--keep", metavar="ID", help="with --same-person: the record kept")
    deciding.add_argument(
        "--take",
        metavar="FIELD",
        action="append",
        default=[],
        help="with --same-person: a field to take from the record that closes",
    )

    approval = commands.add_parser(
        "approval",
        parents=[common],
        help="whether an office's enrolments wait for a supervisor's approval",
    )
    approval.add_argument("state", choices=["on", "off", "show"])
    approval.add_argument("--office", required=True, metavar="NAME")

    catalog = commands.add_parser(
        "publish-catalog",
        parents=[common],
        help="send a program catalog (docs/catalog-format.md) to the devices at their next "
        "sync; it takes effect on its valid_from date",
    )
    catalog.add_argument("file", metavar="FILE")
    catalog.add_argument("--office", metavar="NAME", help="only this office (default: all)")

    verify = commands.add_parser(
        "verify-audit",
        parents=[common],
        help="check the audit log end to end: its links, its signed checkpoints (a cut tail), "
        "and every record against its last audited write",
    )
    verify.add_argument(
        "--anchor",
        metavar="FILE",
        action="append",
        default=[],
        help="checkpoints kept away from the server (lines printed by audit-checkpoint)",
    )
    verify.add_argument("--json", action="store_true", help="the findings as one JSON object")
    commands.add_parser(
        "audit-checkpoint",
        parents=[common],
        help="print a signed checkpoint of the audit log's head (one line) to keep elsewhere",
    )
    return parser


def _config(args: argparse.Namespace) -> ServerConfig:
    data_dir = resolve_data_dir(args.data_dir)
    url = resolve_database_url(args.database_url, data_dir)
    extra: dict[str, Any] = {}
    if args.command == "serve":
        extra = {
            "max_body_bytes": args.max_body_bytes,
            "enroll_failure_limit": args.enroll_failure_limit,
            "enroll_window_seconds": args.enroll_window_seconds,
            "max_concurrent_requests": args.max_concurrent_requests,
            "push_rate": args.push_rate,
            "push_burst": args.push_burst,
            "pull_rate": args.pull_rate,
            "pull_burst": args.pull_burst,
        }
    return ServerConfig(data_dir=data_dir, database_url=url, **extra)


def _service(config: ServerConfig) -> CentralService:
    keys = load_keys(config.keys_path)
    database = Database(config.database_url)
    require_current(database)
    return CentralService(database, keys, config)


def cmd_init(config: ServerConfig) -> int:
    ensure_private_dir(config.data_dir)
    keys, made = create_keys(config.keys_path)
    database = Database(config.database_url)
    try:
        revision = migrate(database)
    finally:
        database.close()
    print(
        f"{'made new' if made else 'kept the existing'} server keys in {config.data_dir}; "
        f"database {redact_url(config.database_url)} at schema {revision}",
        file=sys.stderr,
    )
    print(f"server key id: {keys.key_id}")
    return 0


def cmd_serve(config: ServerConfig, args: argparse.Namespace) -> int:
    import uvicorn

    from bienestar_central.app import create_app

    if args.workers < 1:
        raise CommandError("--workers must be 1 or more")
    load_keys(config.keys_path)  # fail early, in words, when init never ran
    tls = _tls_options(args)
    database = Database(config.database_url)
    try:
        migrate(database)
    finally:
        database.close()
    log.info(
        "serving %s on %s:%d with %s",
        "HTTPS" if tls else "plain HTTP (put TLS in front of it)",
        args.host,
        args.port,
        redact_url(config.database_url),
    )
    common: dict[str, object] = {
        "host": args.host,
        "port": args.port,
        "access_log": False,  # our own request log leaves out client addresses
        "log_config": None,
        "server_header": False,
        **tls,
    }
    if args.forwarded_allow_ips:
        common["forwarded_allow_ips"] = args.forwarded_allow_ips
    if args.workers > 1:
        _serve_workers(config, args.workers, common)
    else:
        uvicorn.run(create_app(config), **common)  # type: ignore[arg-type]
    return 0


def _tls_options(args: argparse.Namespace) -> dict[str, str]:
    """uvicorn's TLS settings from ``--tls-cert``/``--tls-key``; none for plain HTTP."""
    if not args.tls_cert and not args.tls_key:
        return {}
    if not args.tls_cert or not args.tls_key:
        raise CommandError("--tls-cert and --tls-key go together")
    for option, path in (("--tls-cert", args.tls_cert), ("--tls-key", args.tls_key)):
        if not Path(path).is_file():
            raise CommandError(f"{option} {path} is not a readable file")
    return {"ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key}


def _serve_workers(config: ServerConfig, workers: int, options: dict[str, object]) -> None:
    """uvicorn's supervisor starts each worker as a fresh process that imports the app
    factory, so the settings travel in a private file named by the environment; it stays
    while the server runs (a worker that dies is started again) and goes when it stops."""
    import uvicorn

    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", prefix="serve-", suffix=".json", dir=config.data_dir, delete=False
    ) as settings:  # mode 0600, in the private data folder
        json.dump(config.to_json(), settings)
    os.environ[CONFIG_ENV] = settings.name
    try:
        uvicorn.run(
            "bienestar_central.app:app_from_env",
            factory=True,
            workers=workers,
            **options,  # type: ignore[arg-type]
        )
    finally:
        Path(settings.name).unlink(missing_ok=True)


def cmd_code(config: ServerConfig, args: argparse.Namespace) -> int:
    issued = _service(config).issue_code(args.office, args.ttl_minutes, DeviceRole(args.role))
    print(f"office: {issued.office}", file=sys.stderr)
    print(f"role: {issued.role}", file=sys.stderr)
    print(f"expires: {issued.expires_at}", file=sys.stderr)
    print(
        f"server key fingerprint: {issued.fingerprint} (the code's last two groups: the "
        "device refuses a server whose keys do not match them)",
        file=sys.stderr,
    )
    print(issued.code)
    return 0


def cmd_revoke(config: ServerConfig, args: argparse.Namespace) -> int:
    device = _service(config).revoke(args.device)
    print(f"device {device.id} ({device.office}) revoked at {device.revoked_at}")
    return 0


def cmd_stats(config: ServerConfig) -> int:
    print(json.dumps(_service(config).stats(), sort_keys=True))
    return 0


def cmd_report(config: ServerConfig, args: argparse.Namespace) -> int:
    try:
        first = parse_day(args.first)
        last = parse_day(args.last) if args.last else first
        zone = time_zone(args.time_zone)
        if args.survey:
            table = _service(config).survey_report(first, zone, office=args.office)
        else:
            table = _service(config).report(first, last, args.by, zone, office=args.office)
    except ValueError as exc:  # ReportError, UnknownTimeZone
        raise CommandError(str(exc)) from None
    if args.format == "json":
        print(json.dumps(table.as_json(), ensure_ascii=False, sort_keys=True))
    else:
        sys.stdout.write(table.csv_text())
    return 0


def cmd_devices(config: ServerConfig) -> int:
    service = _service(config)
    problems = service.device_audit_problems()
    for device in service.devices():
        print(
            json.dumps(
                {
                    "device_id": device.id,
                    "office": device.office,
                    "label": device.label,
                    "role": device.role,
                    "enrolled_at": device.created_at,
                    "revoked_at": device.revoked_at,
                    "audit_problem": problems.get(device.id),
                },
                sort_keys=True,
            )
        )
    return 0


def cmd_decide(config: ServerConfig, args: argparse.Namespace) -> int:
    state = _service(config).decide(args.enrollment_id, args.decision, args.reason, args.office)
    print(f"enrolment {state.entity_id} {args.decision} (version {state.version})")
    return 0


def cmd_review(config: ServerConfig, args: argparse.Namespace) -> int:
    service = _service(config)
    if args.review_command == "list":
        for item in service.review.items(args.office, args.kind):
            print(json.dumps(item, sort_keys=True, ensure_ascii=False))
        return 0
    if args.same_person:
        if not args.keep:
            raise CommandError("--same-person needs --keep ID (the record that stays)")
        outcome = service.review.same_person(args.item, args.keep, args.take, actor="operator")
    elif args.different:
        outcome = service.review.different_people(args.item, actor="operator")
    elif args.value:
        outcome = service.review.settle_conflict(args.item, args.value, actor="operator")
    else:
        choice = "approve" if args.approve else "accept" if args.accept else "return"
        outcome = service.review.decide_enrolment(
            args.item, choice, args.returned or "", actor="operator"
        )
    print(json.dumps(outcome, sort_keys=True))
    return 0


def cmd_approval(config: ServerConfig, args: argparse.Namespace) -> int:
    office = args.office
    try:
        require_office(office)
    except ProtocolError as exc:
        raise CommandError(str(exc)) from None
    service = _service(config)
    if args.state != "show":
        service.review.set_approval(office, args.state == "on")
    required = service.review.approval_required(office)
    print(json.dumps({"office": office, "approval_required": required}, ensure_ascii=False))
    return 0


def cmd_publish_catalog(config: ServerConfig, args: argparse.Namespace) -> int:
    from bienestar_field.domain.programs import CatalogError
    from bienestar_wire.catalog import parse_catalog

    try:
        document = parse_catalog(Path(args.file).read_bytes())
    except CatalogError as exc:
        raise CommandError(f"{args.file}: {exc}") from None
    offices = _service(config).publish_catalog(document, args.office)
    print(
        f"catalog {document.catalog_version} (valid from {document.valid_from.isoformat()}, "
        f"{document.time_zone}) queued for {len(offices)} offices",
    )
    return 0


def cmd_verify_audit(config: ServerConfig, args: argparse.Namespace) -> int:
    anchors: list[Checkpoint] = []
    for name in args.anchor:
        try:
            anchors.extend(read_anchors(Path(name).read_text(encoding="utf-8")))
        except (ProtocolError, UnicodeDecodeError) as exc:
            raise CommandError(f"{name}: {exc}") from None
    report = _service(config).verify_audit(anchors)
    if args.json:
        print(json.dumps(report.to_json(), sort_keys=True))
    elif report.ok:
        print(
            f"the audit log verifies: {report.events} events up to the signed checkpoint at "
            f"event {report.checkpoint_seq}, {report.records} records as last audited"
        )
    if report.ok:
        return 0
    if not args.json:
        print(
            f"{PROG}: error: the audit log does not verify: {report.problems[0]}", file=sys.stderr
        )
        for problem in report.problems[1:]:
            print(f"{PROG}: also: {problem}", file=sys.stderr)
        more = report.problem_count - len(report.problems)
        if more:
            print(f"{PROG}: and {more} more problems", file=sys.stderr)
    return 1


def cmd_audit_checkpoint(config: ServerConfig) -> int:
    try:
        point = _service(config).audit_checkpoint()
    except AuditError as exc:
        raise CommandError(str(exc)) from None
    print(json.dumps(point.to_json(), sort_keys=True))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = _config(args)
        if args.command == "init":
            return cmd_init(config)
        if args.command == "serve":
            configure_logging()
            return cmd_serve(config, args)
        handlers = {
            "enrollment-code": lambda: cmd_code(config, args),
            "revoke": lambda: cmd_revoke(config, args),
            "stats": lambda: cmd_stats(config),
            "report": lambda: cmd_report(config, args),
            "devices": lambda: cmd_devices(config),
            "decide": lambda: cmd_decide(config, args),
            "review": lambda: cmd_review(config, args),
            "approval": lambda: cmd_approval(config, args),
            "verify-audit": lambda: cmd_verify_audit(config, args),
            "audit-checkpoint": lambda: cmd_audit_checkpoint(config),
            "publish-catalog": lambda: cmd_publish_catalog(config, args),
        }
        return handlers[args.command]()
    except ServiceError as exc:
        print(f"{PROG}: error: {exc.message}", file=sys.stderr)
        return 1
    except (CommandError, KeyFileError, DatabaseError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{PROG}: error: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # SQLAlchemy errors say which statement failed; parameters are hidden at the engine.
        print(
            f"{PROG}: error: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}",
            file=sys.stderr,
        )
        return 70
