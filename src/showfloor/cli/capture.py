"""`capture`: save one lead from the command line."""

from __future__ import annotations

import argparse

from showfloor.cli.common import Context, print_json, subcommand
from showfloor.domain.errors import RefusedError
from showfloor.domain.person import PersonFields
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.services.capture import CaptureRequest, CaptureService


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subcommand(sub, "capture", "save one lead; prints it as JSON with its visit number")
    p.add_argument(
        "--class",
        dest="visitor_class",
        required=True,
        metavar="|".join(c.value for c in VisitorClass),
    )
    p.add_argument("--badge", metavar="PAYLOAD", help="the badge's QR payload")
    for name in ("first-name", "last-name", "company", "title", "email", "phone"):
        p.add_argument(f"--{name}", metavar="X")
    p.add_argument("--rating", metavar="|".join(r.value for r in Rating))
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--answer", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--tag", action="append", default=[], metavar="TAG")
    p.add_argument("--staff", metavar="NAME")
    p.add_argument("--consent", action="store_true", help="the visitor agreed to be contacted")
    p.set_defaults(handler=run)


def parse_answers(pairs: list[str]) -> dict[str, str]:
    answers: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise RefusedError(
                f"--answer '{pair}' is not KEY=VALUE, e.g. --answer barriers=\"no budget\"."
            )
        answers[key.strip()] = value
    return answers


def run(ctx: Context, args: argparse.Namespace) -> int:
    person = PersonFields(
        first_name=args.first_name,
        last_name=args.last_name,
        company=args.company,
        title=args.title,
        email=args.email,
        phone=args.phone,
    )
    if args.badge is None and not (args.first_name or args.last_name or args.email):
        raise RefusedError("Give --badge PAYLOAD or at least a name (--first-name/--last-name).")
    request = CaptureRequest(
        visitor_class=args.visitor_class,
        person=person,
        badge_payload=args.badge,
        rating=args.rating,
        note=args.note,
        answers=parse_answers(args.answer),
        tags=args.tag,
        staff_name=args.staff,
        consent=args.consent,
    )
    result = CaptureService(ctx.db).capture(request)
    print_json(result.to_json_dict())
    return 0
