#!/usr/bin/env python3
"""Prints the hash the gateway keeps for a client's or the cockpit's secret (Identity:Clients:N:SecretHash,
Identity:Applications:0:SecretHash): ASP.NET Core Identity PasswordHasher v3, PBKDF2-HMAC-SHA512, 100,000 iterations.
Usage: hash-secret.py SECRET  (or the secret on stdin)."""
import base64, hashlib, os, struct, sys

secret = sys.argv[1] if len(sys.argv) > 1 else sys.stdin.readline().rstrip("\n")
salt = os.urandom(16)
iterations = 100_000
subkey = hashlib.pbkdf2_hmac("sha512", secret.encode("utf-8"), salt, iterations, 32)
# Format marker 0x01, then PRF (2 = HMACSHA512), iteration count and salt length as big-endian uint32.
print(base64.b64encode(b"\x01" + struct.pack(">III", 2, iterations, len(salt)) + salt + subkey).decode("ascii"))
