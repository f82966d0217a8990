#!/usr/bin/env python3
"""Writes the v1 openAPIV3Schema of CloudNativePG's Cluster, Backup and ScheduledBackup CRDs as
JSON Schema files, from the CRDs of the pinned Helm chart.

    git -C <clone of github.com/cloudnative-pg/charts> show \\
        cloudnative-pg-v0.29.0:charts/cloudnative-pg/templates/crds/crds.yaml \\
        | python3 tests/plan/crd/extract-crd-schemas.py --source-tag cloudnative-pg-v0.29.0 \\
              tests/plan/crd

The chart's crds.yaml is a Helm template: the only template lines are the
`{{- if .Values.crds.create }}` ... `{{- end }}` around the documents, which are dropped. Each
schema is written as the CRD has it (YAML turned into JSON, nothing rewritten) with `$schema`
and a `$comment` naming its source; validate_manifests.py adapts it to JSON Schema when it
loads it. Needs python3-yaml.
"""

import argparse
import json
import os
import re
import sys

import yaml

CHART_PATH = "charts/cloudnative-pg/templates/crds/crds.yaml"
KINDS = {
    "Cluster": "cluster.schema.json",
    "Backup": "backup.schema.json",
    "ScheduledBackup": "scheduledbackup.schema.json",
}
TEMPLATE_LINE = re.compile(r"^\s*\{\{.*\}\}\s*$")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--source-tag", required=True,
                        help="the charts repository's tag the input came from")
    parser.add_argument("--input", default="-", help="crds.yaml (default: standard input)")
    args = parser.parse_args()

    text = sys.stdin.read() if args.input == "-" else open(args.input, encoding="utf-8").read()
    lines = text.splitlines(keepends=True)
    templated = [line for line in lines if "{{" in line]
    if any(not TEMPLATE_LINE.match(line) for line in templated):
        sys.exit("a template expression inside a document; this script only strips whole lines")
    plain = "".join(line for line in lines if "{{" not in line)

    found = {}
    for doc in yaml.safe_load_all(plain):
        if not doc or doc.get("kind") != "CustomResourceDefinition":
            continue
        if doc["spec"]["group"] != "postgresql.cnpg.io":
            continue
        kind = doc["spec"]["names"]["kind"]
        if kind not in KINDS:
            continue
        versions = [v for v in doc["spec"]["versions"] if v["name"] == "v1"]
        if len(versions) != 1:
            sys.exit(f"{kind}: expected one version v1")
        found[kind] = versions[0]["schema"]["openAPIV3Schema"]

    missing = set(KINDS) - set(found)
    if missing:
        sys.exit("not in the input: " + ", ".join(sorted(missing)))

    for kind, file_name in KINDS.items():
        schema = {
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$comment": (f"openAPIV3Schema of {kind} (postgresql.cnpg.io/v1) from "
                         f"github.com/cloudnative-pg/charts tag {args.source_tag}, "
                         f"{CHART_PATH}; written by extract-crd-schemas.py"),
        }
        schema.update(found[kind])
        path = os.path.join(args.out_dir, file_name)
        with open(path + ".tmp", "w", encoding="utf-8") as out:
            json.dump(schema, out, indent=1, ensure_ascii=False)
            out.write("\n")
        os.replace(path + ".tmp", path)
        print(f"{path}: {kind}")


if __name__ == "__main__":
    main()
