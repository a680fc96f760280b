"""Write (or --check) the table of which CLI modules make each subcommand (cli.COMMANDS).

`counter-app COMMAND ...` imports only the modules its subcommand needs; the table says
which. Run this after adding a subcommand or a module; tests/cli checks the table is true.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from counter_app.cli import command_table  # noqa: E402

TARGET = ROOT / "counter_app" / "cli" / "__init__.py"
START, END = "# --- COMMANDS (tools/cli_table.py) ---\n", "# --- end of COMMANDS ---\n"


def rendered() -> str:
    lines = ["COMMANDS: dict[str, tuple[str, ...]] = {\n"]
    for command, modules in command_table().items():
        names = ", ".join(f'"{m}"' for m in modules)
        lines.append(f'    "{command}": ({names},),\n')
    lines.append("}\n")
    return START + "".join(lines) + END


def main() -> int:
    text = TARGET.read_text(encoding="utf-8")
    block = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
    new = block.sub(lambda _m: rendered(), text)
    if "--check" in sys.argv[1:]:
        from counter_app.cli import COMMANDS

        if command_table() != COMMANDS:
            print("counter_app/cli/__init__.py: COMMANDS is stale; run tools/cli_table.py")
            return 1
        return 0
    TARGET.write_text(new, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(TARGET)], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
