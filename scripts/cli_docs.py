#!/usr/bin/env python3
"""The man page and the bash completion of claimgraph, made from the binary's own help, so
they list exactly the commands and options it has.

Usage: scripts/cli_docs.py CLAIMGRAPH OUT_DIR   (writes OUT_DIR/claimgraph.1 and
       OUT_DIR/claimgraph.bash; the build runs it after linking claimgraph)
"""
import re
import subprocess
import sys

EXIT_STATUS = [
    ("0", "everything succeeded"),
    ("1", "some inputs could not be used; the rest were processed"),
    ("2", "the command line was wrong"),
    ("3", "a query has no answer (unknown name, no path)"),
    ("4", "the command could not run at all (unwritable output, damaged store, bad lexicon)"),
]


def help_of(binary, words):
    """The --help text of `claimgraph WORDS`."""
    return subprocess.run([binary, *words, "--help"], check=True, capture_output=True,
                          text=True).stdout


def sections(text):
    """The help as (description, usage, {section: [(term, description)]})."""
    lines = text.splitlines()
    description, usage, found, current = lines[0], "", {}, None
    for line in lines[1:]:
        if line.startswith("Usage:"):
            usage = line[len("Usage:"):].strip()
        elif re.match(r"^[A-Z][A-Za-z ]*:$", line):  # "Options:", or a group of options
            current = found.setdefault(line[:-1], [])
        elif current is not None and line.startswith("  ") and not line.startswith("   " * 3):
            term, _, rest = line.strip().partition("  ")
            current.append([term, rest.strip()])
        elif line.startswith(" ") and current:  # a description on its own line
            current[-1][1] = (current[-1][1] + " " + line.strip()).strip()
        elif line.strip():  # the footer: what the command's output means
            found.setdefault("Footer", []).append(line.strip())
    return description, usage, found


def commands(binary, words=()):
    """Every command path under `words`, depth first: [(words, help text)]."""
    text = help_of(binary, list(words))
    out = [(tuple(words), text)]
    for name, _ in sections(text)[2].get("Subcommands", []):
        out += commands(binary, (*words, name))
    return out


def roff(text):
    """Text safe in a man page line."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return ("\\&" + text) if text[:1] in ".'" else text


def man_page(binary, version, tree):
    """The man page, one subsection per command."""
    top_description = sections(tree[0][1])[0]
    out = [f'.TH CLAIMGRAPH 1 "" "claimgraph {version}" "User Commands"', ".SH NAME",
           "claimgraph \\- " + roff(top_description.split(": ", 1)[-1]), ".SH SYNOPSIS",
           ".B claimgraph", "\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]",
           ".br", ".B claimgraph", "\\-\\-help | \\-\\-version", ".SH COMMANDS"]
    for words, text in tree[1:]:
        description, usage, found = sections(text)
        if "Subcommands" in found:
            continue  # a group (eval): its commands follow
        out += [".SS " + roff(usage), roff(description)]
        for section in [name for name in found if name not in ("Subcommands", "Footer")]:
            for term, what in found[section]:
                if term.startswith("-h,--help"):
                    continue
                out += [".TP", "\\fB" + roff(term) + "\\fR", roff(what)]
        if found.get("Footer"):
            out += [".PP", roff(" ".join(found["Footer"]))]
    out += [".SH EXIT STATUS"]
    for status, meaning in EXIT_STATUS:
        out += [".TP", status, roff(meaning)]
    out += [".SH SEE ALSO", "The README of the claimgraph sources explains every field of the "
            "answers, with examples; \\fBclaimgraph COMMAND \\-\\-help\\fR lists a command's "
            "options and defaults."]
    return "\n".join(out) + "\n"


def options_of(found):
    """The option names of a help's option sections ("Options" and any named group)."""
    names = []
    groups = [name for name in found if name not in ("Positionals", "Subcommands", "Footer")]
    for term, _ in [entry for name in groups for entry in found[name]]:
        for name in term.split(" ")[0].split(","):
            names.append(re.sub(r"[:=].*", "", name))
    return names


def completion(tree):
    """A bash completion function: command words, then each command's options, else files."""
    known, cases = [], []
    for words, text in tree:
        _, _, found = sections(text)
        subcommands = " ".join(name for name, _ in found.get("Subcommands", []))
        cases.append(f'    "{" ".join(words)}") words="{subcommands}" options="'
                     f'{" ".join(options_of(found))}" ;;')
        if words:
            known.append(f'      "{" ".join(words)}") path="{" ".join(words)}" ;;')
    return f"""# bash completion for claimgraph, made from its help by scripts/cli_docs.py
_claimgraph() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} path="" words="" options="" i
  # The words naming a command (or a group and its command) before the cursor.
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${{path:+$path }}${{COMP_WORDS[i]}}" in
{chr(10).join(known)}
      *) break ;;
    esac
  done
  case "$path" in
{chr(10).join(cases)}
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  elif [[ -n $words ]]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}}
complete -o filenames -F _claimgraph claimgraph
"""


def main():
    binary, out_dir = sys.argv[1], sys.argv[2]
    version = subprocess.run([binary, "--version"], check=True, capture_output=True,
                             text=True).stdout.split("\n")[0].split(" ")[-1]
    tree = commands(binary)
    with open(out_dir + "/claimgraph.1", "w") as f:
        f.write(man_page(binary, version, tree))
    with open(out_dir + "/claimgraph.bash", "w") as f:
        f.write(completion(tree))


if __name__ == "__main__":
    main()
