"""Write (or --check) the tables of the CLI's subcommands: which modules make each one
(cli.COMMANDS) and each one's line in the top-level help (cli.SUMMARIES).

`counter-app COMMAND ...` imports only the modules its subcommand needs; the first table says
which. `counter-app --help` (and a mistake at the top level) is answered from the second,
without importing any subcommand. Run this after adding or changing a subcommand or a
module; tests/cli checks the tables are true.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counter_app.cli import command_summaries, command_table  # noqa: E402

TARGET = ROOT / "counter_app" / "cli" / "__init__.py"
START, END = "# --- COMMANDS (tools/cli_table.py) ---\n", "# --- end of COMMANDS ---\n"


def rendered() -> str:
    lines = ["COMMANDS: dict[str, tuple[str, ...]] = {\n"]
    for command, modules in command_table().items():
        names = ", ".join(f'"{m}"' for m in modules)
        lines.append(f'    "{command}": ({names},),\n')
    lines.append("}\n")
    lines.append("# Each subcommand's line in `counter-app --help`, in its order.\n")
    lines.append("SUMMARIES: tuple[tuple[str, str | None], ...] = (\n")
    for command, summary in command_summaries():
        lines.append(f"    ({command!r}, {summary!r}),\n")
    lines.append(")\n")
    return START + "".join(lines) + END


def main() -> int:
    text = TARGET.read_text(encoding="utf-8")
    block = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    new = block.sub(lambda _m: rendered(), text)
    if "--check" in sys.argv[1:]:
        from counter_app.cli import COMMANDS, SUMMARIES

        if command_table() != COMMANDS or command_summaries() != SUMMARIES:
            print("counter_app/cli/__init__.py: COMMANDS is stale; run tools/cli_table.py")
            return 1
        return 0
    TARGET.write_text(new, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(TARGET)], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
