"""A systemd unit file read the way systemd reads it, for running its command where no systemd
manager is (CI): ExecStart='s argv for an instance, Environment= and EnvironmentFile=; and the
unit checked offline with `systemd-analyze verify` and `systemd-analyze security --offline`.

Only what Samverka's units use is understood; the rest is refused rather than guessed: specifiers
other than %i, %I and %%, variables ($NAME) in ExecStart=, the `@` prefix.
"""
import pathlib
import re
import shlex
import shutil
import subprocess


class Unit:
    def __init__(self, text):
        self.text = text
        self.sections = parse(text)

    @classmethod
    def read(cls, path):
        return cls(pathlib.Path(path).read_text())

    def values(self, section, key):
        """A key's values in the order given; an empty assignment (`Key=`) clears the earlier ones, as in systemd."""
        values = []
        for name, value in self.sections.get(section, []):
            if name == key:
                values = values + [value] if value else []
        return values

    def exec_start(self, instance):
        """ExecStart='s argv for `name@instance.service`."""
        commands = self.values("Service", "ExecStart")
        if len(commands) != 1 or "$" in commands[0] or commands[0].startswith("@"):
            raise ValueError(f"expected one ExecStart= without variables or '@': {commands}")
        argv = [expand(word, instance) for word in shlex.split(commands[0])]
        # `-`, `+`, `!` and `:` change how systemd runs the command and treats its end, not the argv.
        return [argv[0].lstrip("-+!:")] + argv[1:]

    def environment(self, instance):
        """Environment='s assignments: several to a line, each `NAME=value` or quoted whole or in part."""
        assignments = {}
        for line in self.values("Service", "Environment"):
            for assignment in shlex.split(line):
                name, equals, value = assignment.partition("=")
                if not equals:
                    raise ValueError(f"Environment= without '=': {assignment}")
                assignments[name] = expand(value, instance)
        return assignments

    def environment_files(self, instance):
        """EnvironmentFile='s paths (a leading `-`, "ignore if missing", taken off)."""
        return [expand(path.lstrip("-"), instance) for path in self.values("Service", "EnvironmentFile")]

    def with_program(self, program):
        """The unit's text with ExecStart='s program replaced, so that `systemd-analyze verify`,
        which refuses a program that does not exist, can check it against a binary that does.
        Done on the text, not the sections, so that verify is the one to judge a unit broken."""
        return re.sub(r"^(ExecStart=[-+!:]*)\S+", lambda match: match[1] + str(program), self.text, flags=re.M)


def parse(text):
    """{section: [(key, value), …]}: keys in order and repeated keys kept; `#` and `;` lines are comments."""
    sections, section = {}, None
    lines = iter(text.splitlines())
    for line in lines:
        line = line.strip()
        while line.endswith("\\"):  # continued on the next line
            line = line[:-1] + " " + next(lines, "").strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = sections.setdefault(line[1:-1], [])
        elif "=" in line and section is not None:
            key, value = line.split("=", 1)
            section.append((key.strip(), value.strip()))
        else:
            raise ValueError(f"not a section or an assignment: {line}")
    return sections


def expand(word, instance):
    """The instance specifiers in a word: %i the instance name, %I the name unescaped, %% a `%`."""
    def specifier(match):
        if match[1] == "%":
            return "%"
        if match[1] == "i":
            return instance
        if match[1] == "I":
            return unescape(instance)
        raise ValueError(f"specifier %{match[1]} is not supported: {word}")
    return re.sub(r"%(.)", specifier, word)


def unescape(name):
    """`systemd-escape --unescape`: `-` stands for `/`, `\\xNN` for a byte."""
    return re.sub(rb"\\x([0-9a-fA-F]{2})", lambda match: bytes.fromhex(match[1].decode()),
                  name.replace("-", "/").encode()).decode()


def check_offline(path, instance, program, directory, threshold):
    """`systemd-analyze verify`, then `security --offline --threshold`, on an instance copy of the unit
    (`name@instance.service` in directory, running program). Returns systemd's exposure line, or None
    where systemd-analyze is not installed; a unit that fails either check ends the run."""
    if shutil.which("systemd-analyze") is None:
        return None
    path = pathlib.Path(path)
    copy = pathlib.Path(directory) / path.name.replace("@.", f"@{instance}.")
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(Unit.read(path).with_program(pathlib.Path(program).resolve()))
    verify = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True)
    # verify exits 0 after an unknown key or value, which systemd ignores with a warning: the unit
    # is checked to load without a word.
    if verify.returncode or verify.stdout.strip() or verify.stderr.strip():
        raise SystemExit(f"systemd-analyze verify {path}:\n{verify.stdout}{verify.stderr}")
    security = subprocess.run(["systemd-analyze", "security", "--offline=true", f"--threshold={threshold}", str(copy)],
                              capture_output=True, text=True)
    lines = security.stdout.splitlines()
    exposure = [line.lstrip("→ ") for line in lines if "Overall exposure" in line]
    if security.returncode or not exposure:
        exposed = "\n".join(line for line in lines if line.startswith("✗"))
        raise SystemExit(f"systemd-analyze security {path}: exposure above {threshold / 10}\n"
                         f"{exposed}\n{''.join(exposure)}{security.stderr}")
    return exposure[0]
