"""kg/layout.py: positions for networks drawn without live physics."""
import networkx as nx
import pytest

from kg.layout import force_layout, layout, ring_layout


def _big():
    return nx.MultiDiGraph(nx.gnm_random_graph(3000, 4000, seed=1, directed=True))


def test_every_node_of_a_big_graph_gets_its_own_place():
    pos = layout(_big())
    assert len(pos) == 3000
    assert len(set(pos.values())) == 3000
    assert all(abs(x) < 1e5 and abs(y) < 1e5 for x, y in pos.values())


def test_the_same_graph_gets_the_same_positions():
    # the page of a graph must be the same bytes at every build
    assert layout(_big()) == layout(_big())


@pytest.mark.parametrize("fn", [force_layout, ring_layout])
@pytest.mark.parametrize("n, pairs", [(0, []), (1, []), (2, [(0, 1)]), (50, [(i, i + 1) for i in range(49)])])
def test_positions_lie_in_the_unit_square(fn, n, pairs):
    pos = fn(n, pairs)
    assert len(pos) == n
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in pos)


def test_linked_nodes_sit_closer_than_unlinked_ones():
    # two cliques of ten, no edge between them: the force layout keeps each clique together
    pairs = [(a, b) for base in (0, 10) for a in range(base, base + 10) for b in range(a + 1, base + 10)]
    pos = force_layout(20, pairs)

    def dist(a, b):
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5
    inside = sum(dist(a, b) for a, b in pairs) / len(pairs)
    across = sum(dist(a, b) for a in range(10) for b in range(10, 20)) / 100
    assert inside < across


def test_ring_layout_puts_the_best_connected_node_in_the_middle():
    star = [(0, i) for i in range(1, 9)]
    assert ring_layout(9, star)[0] == (0.0, 0.0)


def test_without_numpy_the_ring_layout_is_used(monkeypatch):
    import builtins
    real = builtins.__import__

    def no_numpy(name, *args, **kwargs):
        if name == "numpy":
            raise ImportError(name)
        return real(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", no_numpy)
    G = nx.MultiDiGraph([(str(i), "hub") for i in range(8)])
    pos = layout(G)
    assert pos["hub"] == (0.0, 0.0)
