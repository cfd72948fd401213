"""Global options before or after the command, each command's help, the config in the user config directory."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from uhcwatch.crawler.ui.cli import COMMANDS, build_parser


def uhcwatch(*args, cwd, env=None):
    return subprocess.run([sys.executable, "-m", "uhcwatch", *args], capture_output=True, text=True, timeout=60,
                          cwd=cwd, env={**os.environ, **(env or {})})


@pytest.mark.parametrize("argv", [["--db", "a.db", "-q", "regions"], ["regions", "--db", "a.db", "-q"],
                                  ["-q", "regions", "--db", "a.db"]])
def test_global_options_go_before_or_after_the_command(argv):
    args = build_parser().parse_args(argv)
    assert (args.command, args.db, args.quiet, args.verbose, args.config) == ("regions", "a.db", True, False, None)


def test_an_option_after_the_command_wins_over_the_same_before_it():
    assert build_parser().parse_args(["--db", "a.db", "sources", "--db", "b.db"]).db == "b.db"


def test_regions_with_db_after_the_command_reads_that_database(tmp_path):
    done = uhcwatch("regions", "--db", str(tmp_path / "none.db"), cwd=tmp_path)
    assert done.returncode == 2 and "no database at" in done.stderr and "none.db" in done.stderr


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_has_a_description_and_an_example(name, tmp_path):
    done = uhcwatch(name, "--help", cwd=tmp_path)
    assert done.returncode == 0
    summary, _ = COMMANDS[name]
    assert summary[1:] in done.stdout and f"examples:\n  uhcwatch {name}" in done.stdout
    assert "--db PATH" in done.stdout and "--config PATH" in done.stdout


def test_the_config_is_found_in_the_user_config_directory(tmp_path):
    home = tmp_path / "xdg"
    (home / "uhcwatch").mkdir(parents=True)
    (home / "uhcwatch" / "uhcwatch.toml").write_text(
        '[[sources]]\nname = "from-user-dir"\nstart_urls = ["http://127.0.0.1:9/"]\n')
    work = tmp_path / "work"
    work.mkdir()
    env = {"XDG_CONFIG_HOME": str(home), "UHCWATCH_CONFIG": "", "UHCWATCH_DB": str(tmp_path / "u.db")}
    done = uhcwatch("sources", cwd=work, env=env)
    assert done.returncode == 0, done.stderr
    assert "from-user-dir" in done.stdout and str(home / "uhcwatch" / "uhcwatch.toml") in done.stdout.replace("\n", "")
    (work / "uhcwatch.toml").write_text('[[sources]]\nname = "from-here"\nstart_urls = ["http://127.0.0.1:9/"]\n')
    assert "from-here" in uhcwatch("sources", cwd=work, env=env).stdout  # ./uhcwatch.toml comes first
