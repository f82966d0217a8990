#!/usr/bin/env bash
# Writes cnpg-aks-wizard's manual page from its English --help (Qt's layout: "Usage:", the
# description, "Options:" with continuation lines indented), gzipped as Debian wants it.
# manpage.sh PROGRAM VERSION OUT.1.gz
set -euo pipefail
program=$1 version=$2 out=$3

# The help must not touch the user's settings or logs (it remembers --language).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
help=$(env -u DISPLAY -u WAYLAND_DISPLAY XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" \
    XDG_CACHE_HOME="$scratch" "$program" --language en --help)

printf '%s\n' "$help" | awk -v version="$version" '
function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); if (s ~ /^[.\047]/) s = "\\&" s; return s }
function flush() { if (text != "") print esc(text); text = "" }
BEGIN {
    print ".TH CNPG\\-AKS\\-WIZARD 1 \"\" \"cnpg\\-aks\\-wizard " version "\" \"User Commands\""
    print ".SH NAME"
    print "cnpg\\-aks\\-wizard \\- CloudNativePG on AKS setup wizard and command line"
    print ".SH SYNOPSIS"
    print "\\fBcnpg\\-aks\\-wizard\\fR [\\fIoptions\\fR]"
    section = ""
}
/^Usage:/ { next }
/^Options:/ { section = "options"; print ".SH OPTIONS"; next }
section == "" && NF { if (!described) { print ".SH DESCRIPTION"; described = 1 } else print ".PP"
                      print esc($0); next }
section == "options" && /^  -/ {
    flush()
    line = substr($0, 3)
    # The option and its value name end where two spaces start the description.
    split_at = index(line, "  ")
    name = split_at ? substr(line, 1, split_at - 1) : line
    text = split_at ? substr(line, split_at) : ""
    sub(/^ +/, "", text)
    name = esc(name)
    gsub(/</, "\\fI<", name); gsub(/>/, ">\\fB", name)
    print ".TP"
    print "\\fB" name "\\fR"
    next
}
section == "options" && NF { line = $0; sub(/^ +/, "", line); text = text " " line; next }
END {
    flush()
    print ".SH FILES"
    print "Settings, journals and logs under \\fI$XDG_DATA_HOME/cnpg\\-aks\\-wizard\\fR"
    print "(by default \\fI~/.local/share/cnpg\\-aks\\-wizard\\fR)."
    print ".SH SEE ALSO"
    print "\\fBaz\\fR(1), \\fBkubectl\\fR(1), \\fBhelm\\fR(1)"
}' | gzip -9n >"$out.tmp"
mv "$out.tmp" "$out"
