#!/usr/bin/env python3
"""Validates CloudNativePG manifests (YAML files, one object each) against the CRD schemas in
this folder, as the API server of the pinned operator would check their fields.

    validate_manifests.py [--schemas DIR] FILE.yaml...

Exit codes: 0 every manifest is valid; 1 at least one is not (each error is printed as
`file: Kind/name: path: message`); 2 the check could not run (python3-jsonschema or
python3-yaml missing, an unreadable file, a kind without a schema). A manifest is never
passed unchecked.

The CRDs' schemas are OpenAPI v3 (Kubernetes' structural schemas); this adapts them to JSON
Schema draft 7 the way the API server reads them:
- `x-kubernetes-*` keys are annotations, except that
  `x-kubernetes-int-or-string: true` means integer or string, and
  `x-kubernetes-preserve-unknown-fields: true` keeps an object open;
- an object with `properties` takes no other field (kubectl apply's default is strict field
  validation: an unknown field is an error, not dropped in silence);
- `nullable: true` admits null;
- formats int32 and int64 are range-checked.
The CEL rules (`x-kubernetes-validations`) are not evaluated.
"""

import argparse
import json
import os
import sys

try:
    import jsonschema
    import yaml
except ImportError as e:
    print(f"validate_manifests.py: {e}: install python3-jsonschema and python3-yaml",
          file=sys.stderr)
    sys.exit(2)

SCHEMAS = {
    ("postgresql.cnpg.io/v1", "Cluster"): "cluster.schema.json",
    ("postgresql.cnpg.io/v1", "Backup"): "backup.schema.json",
    ("postgresql.cnpg.io/v1", "ScheduledBackup"): "scheduledbackup.schema.json",
}


def adapt(node):
    """The structural schema `node` as draft 7, recursively, in place."""
    if isinstance(node, list):
        for item in node:
            adapt(item)
        return node
    if not isinstance(node, dict):
        return node
    for key, value in list(node.items()):
        if key in ("properties", "patternProperties", "definitions"):
            for sub in value.values():
                adapt(sub)
        elif key in ("items", "additionalProperties", "not", "anyOf", "allOf", "oneOf"):
            adapt(value)
    if node.get("x-kubernetes-int-or-string") and "anyOf" not in node:
        node["anyOf"] = [{"type": "integer"}, {"type": "string"}]
    if node.get("nullable") and "type" in node:
        node["type"] = [node["type"], "null"]
    if ("properties" in node and "additionalProperties" not in node
            and not node.get("x-kubernetes-preserve-unknown-fields")):
        node["additionalProperties"] = False
    return node


def format_checker():
    checker = jsonschema.FormatChecker()

    def in_range(bits):
        def check(value):
            # Formats constrain their own type only; a string is for `type` to judge.
            return not isinstance(value, int) or -(2 ** (bits - 1)) <= value < 2 ** (bits - 1)
        return check

    checker.checks("int32")(in_range(32))
    checker.checks("int64")(in_range(64))
    return checker


def location(path):
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path) or "."


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schemas", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    checker = format_checker()
    validators = {}
    invalid = 0
    for path in args.files:
        try:
            with open(path, encoding="utf-8") as f:
                docs = [d for d in yaml.safe_load_all(f) if d is not None]
        except (OSError, yaml.YAMLError) as e:
            print(f"{path}: cannot read: {e}", file=sys.stderr)
            return 2
        if not docs:
            print(f"{path}: no manifest in the file", file=sys.stderr)
            return 2
        for doc in docs:
            key = (doc.get("apiVersion"), doc.get("kind")) if isinstance(doc, dict) else None
            if key not in SCHEMAS:
                print(f"{path}: no schema for {key}", file=sys.stderr)
                return 2
            if key not in validators:
                with open(os.path.join(args.schemas, SCHEMAS[key]), encoding="utf-8") as f:
                    schema = adapt(json.load(f))
                jsonschema.Draft7Validator.check_schema(schema)
                validators[key] = jsonschema.Draft7Validator(schema, format_checker=checker)
            name = (doc.get("metadata") or {}).get("name", "?")
            errors = sorted(validators[key].iter_errors(doc), key=lambda e: list(e.path))
            for e in errors:
                print(f"{path}: {key[1]}/{name}: {location(e.path)}: {e.message}")
            invalid += bool(errors)
            if not errors:
                print(f"{path}: {key[1]}/{name}: valid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
