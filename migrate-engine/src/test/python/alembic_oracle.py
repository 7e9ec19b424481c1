"""Runs Alembic's own revision map and version-row bookkeeping on graphs given as JSON.

Used by AlembicAgreementTest, part of the default build (needs python3-alembic; CI installs it).
stdin:  {"revisions": [{"id", "down": [...], "deps": [...], "labels": [...]}],
         "cases": [{"cmd": "upgrade|downgrade|history", "rows": [...], "target": "..."}]}
stdout: one line per case: "OK <order comma-separated> | <heads comma-separated>" or "ERR <message>".
Several graphs may be sent at once as {"graphs": [spec, ...]}.
"""
import json
import sys
import types
import warnings

from alembic.runtime import migration
from alembic.script import revision as rv
from alembic.script.base import ScriptDirectory

warnings.simplefilter("ignore")


def _unmerge_to_revisions(self, heads):
    # Upstream fix (#1373) absent from older Debian builds.
    other_heads = set(heads).difference([self.revision.revision])
    if other_heads:
        ancestors = {
            r.revision
            for r in self.revision_map._get_ancestor_nodes(
                self.revision_map.get_revisions(other_heads), check=False
            )
        }
        return tuple(set(self.to_revisions).difference(ancestors))
    ancestors = {
        r.revision
        for to_revision in self.to_revisions
        for r in self.revision_map._get_ancestor_nodes(
            self.revision_map.get_revisions(to_revision), check=False
        )
        if r.revision != to_revision
    }
    return tuple(set(self.to_revisions).difference(ancestors))


migration.RevisionStep._unmerge_to_revisions = _unmerge_to_revisions


class Rev(rv.Revision):
    module = types.SimpleNamespace(upgrade=lambda: None, downgrade=lambda: None)


class Heads(migration.HeadMaintainer):
    def __init__(self, heads):
        self.heads = set(heads)

    def _insert_version(self, version):
        assert version not in self.heads
        self.heads.add(version)

    def _delete_version(self, version):
        self.heads.remove(version)

    def _update_version(self, from_, to_):
        assert to_ not in self.heads
        self.heads.remove(from_)
        self.heads.add(to_)


def run(spec):
    revs = [
        Rev(
            r["id"],
            tuple(r["down"]) or None,
            dependencies=tuple(r.get("deps", [])) or None,
            branch_labels=tuple(r.get("labels", [])) or None,
        )
        for r in spec["revisions"]
    ]
    rm = rv.RevisionMap(lambda: revs)
    rm._revision_map  # noqa: B018 - builds the map, labels included
    out = []
    for case in spec["cases"]:
        try:
            rows = tuple(case.get("rows", []))
            cmd = case["cmd"]
            if cmd == "upgrade":
                revs_ = list(
                    reversed(list(rm.iterate_revisions(case["target"], rows, implicit_base=True)))
                )
                up = True
            elif cmd == "downgrade":
                revs_ = list(
                    rm.iterate_revisions(rows, case["target"], select_for_downgrade=True)
                )
                up = False
            elif cmd == "history":
                base, head = case["target"].split(":")
                revs_ = list(
                    rm.iterate_revisions(
                        head or "heads", base or "base", inclusive=True,
                        assert_relative_length=False,
                    )
                )
                out.append("OK %s | -" % ",".join(r.revision for r in revs_))
                continue
            elif cmd == "labels":
                out.append(
                    "OK %s | -"
                    % ",".join(
                        "%s=%s" % (r.revision, "+".join(sorted(r.branch_labels))) for r in revs
                    )
                )
                continue
            elif cmd == "stamp":
                sd = types.SimpleNamespace(revision_map=rm, get_revisions=rm.get_revisions)
                sd._catch_revision_errors = ScriptDirectory._catch_revision_errors.__get__(sd)
                steps = ScriptDirectory._stamp_revs(sd, (case["target"],), rows)
                hm = Heads(rows)
                for step in steps:
                    hm.update_to_step(step)
                out.append("OK %d steps | %s" % (len(steps), ",".join(sorted(hm.heads))))
                continue
            hm = Heads(rows)
            for r in revs_:
                hm.update_to_step(migration.RevisionStep(rm, r, up))
            for h in hm.heads:
                others = rm.get_revisions(tuple(hm.heads - {h}))
                if h in {r.revision for r in rm._get_ancestor_nodes(others)}:
                    raise AssertionError("CorruptRows: %s is implied by another row" % h)
            out.append(
                "OK %s | %s"
                % (",".join(r.revision for r in revs_), ",".join(sorted(hm.heads)))
            )
        except Exception as e:  # noqa
            out.append("ERR %s: %s" % (type(e).__name__, str(e).replace("\n", " ")))
    return out


if __name__ == "__main__":
    spec = json.load(sys.stdin)
    for graph in spec.get("graphs", [spec]):
        try:
            lines = run(graph)
        except Exception as e:  # noqa
            lines = ["ERR %s: %s" % (type(e).__name__, e)] * len(graph["cases"])
        print("\n".join(lines))
