"""Rendezvous hashing: every container picks the same node for a key; a node leaving moves only its keys."""

from __future__ import annotations

from resume_autofix.cache.rendezvous import FastRendezvousHash


def test_node_choice_is_stable_and_moves_only_the_removed_nodes_keys() -> None:
    ring = FastRendezvousHash()
    assert ring.get_node("k") is None
    for node in ("10.0.0.1:11211", "10.0.0.2:11211", "10.0.0.3:11211"):
        ring.add_node(node)
    keys = [f"ra:pdf:g1:{i}" for i in range(300)]
    before = {k: ring.get_node(k) for k in keys}
    assert len(set(before.values())) == 3  # spread over every node
    again = FastRendezvousHash()
    for node in ("10.0.0.3:11211", "10.0.0.1:11211", "10.0.0.2:11211"):
        again.add_node(node)
    assert {k: again.get_node(k) for k in keys} == before  # same answer in every container
    ring.remove_node("10.0.0.2:11211")
    moved = [k for k in keys if ring.get_node(k) != before[k]]
    assert moved
    assert all(before[k] == "10.0.0.2:11211" for k in moved)
