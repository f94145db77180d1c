"""Signing a bundle's manifest, and checking who signed it (services/sync/keys.py).

The manifest holds the SHA-256 of every row line, so signing the manifest signs the
whole file. Two proofs travel in it:

- ``signature``: the writing laptop's Ed25519 signature and public key. A file whose
  signature does not verify was changed after it was written: it is refused.
- ``team``: an HMAC under each team key the writer holds, named by the key's id. A
  receiver holding one of those keys knows the writer joined its team.

Neither covers itself: both are taken out of the manifest before it is serialised
(sorted keys, no spaces) for signing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from showfloor.domain.errors import RefusedError
from showfloor.services.sync.keys import b64, public_key, public_text, team_key_id, unb64

SIGNATURE = "signature"
TEAM = "team"
_SIGNED = b"showfloor-bundle-v1\x00"
_TEAM = b"showfloor-team-v1\x00"


def signed_text(manifest: Mapping[str, Any]) -> bytes:
    """The bytes both proofs cover: the manifest without them, in one fixed form."""
    rest = {k: v for k, v in manifest.items() if k not in (SIGNATURE, TEAM)}
    return json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def sign_manifest(
    manifest: dict[str, Any], key: Ed25519PrivateKey, team_keys: Sequence[bytes]
) -> None:
    """Add both proofs to ``manifest`` (in place)."""
    text = signed_text(manifest)
    manifest[SIGNATURE] = {
        "alg": "ed25519",
        "key": public_text(key),
        "sig": b64(key.sign(_SIGNED + text)),
    }
    manifest[TEAM] = [
        {"id": team_key_id(k), "mac": hmac.new(k, _TEAM + text, hashlib.sha256).hexdigest()}
        for k in team_keys
    ]


@dataclass(frozen=True)
class Signer:
    """Who wrote a bundle, as far as its manifest proves it."""

    public: str | None  # the laptop's public key (base64); None: the file is unsigned
    device_id: str
    device_name: str

    @property
    def signed(self) -> bool:
        return self.public is not None


def check_signature(name: str, manifest: Mapping[str, Any]) -> Signer:
    """The signer of a manifest; None as key when there is no signature at all.

    Raises:
        RefusedError: a signature that does not verify (the file was changed).
    """
    device_id = str(manifest.get("device_id") or "")
    device_name = str(manifest.get("device_name") or "")
    proof = manifest.get(SIGNATURE)
    if proof is None:
        return Signer(None, device_id, device_name)
    tampered = RefusedError(
        f"{name} was changed after it was written (signature mismatch); "
        "nothing was merged. Ask for the file again."
    )
    if not isinstance(proof, Mapping) or proof.get("alg") != "ed25519":
        raise tampered
    public = str(proof.get("key") or "")
    verifier = public_key(public)
    signature = unb64(proof.get("sig"), 64)
    if verifier is None or signature is None:
        raise tampered
    try:
        verifier.verify(signature, _SIGNED + signed_text(manifest))
    except InvalidSignature:
        raise tampered from None
    return Signer(public, device_id, device_name)


def proves_team(name: str, manifest: Mapping[str, Any], keys: Sequence[bytes]) -> bool:
    """Whether the manifest proves its writer holds one of ``keys``.

    Raises:
        RefusedError: a proof under a key we hold that does not verify.
    """
    proofs = manifest.get(TEAM)
    if not isinstance(proofs, list) or not keys:
        return False
    by_id = {team_key_id(k): k for k in keys}
    text = signed_text(manifest)
    for proof in proofs:
        if not isinstance(proof, Mapping):
            continue
        key = by_id.get(str(proof.get("id")))
        if key is None:
            continue
        expected = hmac.new(key, _TEAM + text, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, str(proof.get("mac") or "")):
            raise RefusedError(
                f"{name} was changed after it was written (team signature mismatch); "
                "nothing was merged. Ask for the file again."
            )
        return True
    return False
