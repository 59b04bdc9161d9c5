from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_docs_every_command_has_help_with_example_and_is_in_readme(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"claimcheck {command}" in README


def test_docs_readme_opens_with_the_two_setup_commands():
    blocks = README.split("```")
    assert "make report" in blocks[1] and "claimcheck run fixtures/" in blocks[1]
    assert "make test" in blocks[3] and "pytest" in blocks[3]


def test_docs_every_public_name_has_a_docstring():
    import claimcheck as cc

    for name in cc.__all__:
        assert (getattr(cc, name).__doc__ or "").strip(), name
    assert "threshold" in cc.check.__doc__ and "DataFrames" in cc.check.__doc__
