"""A corpus's name (kg/naming.py): the page title and default file names follow the
corpus — --title, the manifest's row for '.', the district most documents speak for."""
from __future__ import annotations

from kg.model import Extraction, RawDocument
from kg.naming import CorpusName, corpus_name, stored_name
from kg.normalise import to_document
from kg.pipeline import extract

YUNXI = ["云溪区2024年政府工作报告", "今年，云溪区引进星澜存储科技有限公司，总投资26亿元的星澜存储二期项目开工建设。",
         "全区数字经济核心产业增加值增长12%。"]


def write(folder, texts, manifest=None):
    folder.mkdir(exist_ok=True)
    for i, t in enumerate(texts):
        (folder / f"d{i}.txt").write_text("\n\n".join(t), encoding="utf-8")
    if manifest:
        (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    return folder


def test_the_district_most_documents_speak_for(tmp_path):
    ex, _, _ = extract(write(tmp_path / "c", [YUNXI, YUNXI[:1] + ["云溪区召开全区经济工作会议。"]]), workers=1)
    name = corpus_name(ex)
    assert name.zh == "云溪区产业知识图谱" and name.stem == "kg"      # no English name known: no guess


def test_no_district_for_half_the_documents_is_a_plain_knowledge_graph(tmp_path):
    others = [["墨川市数字经济报告", "墨川市引进墨川医药有限公司。"], ["青禾县工作报告", "青禾县建设青禾产业园。"]]
    ex, _, _ = extract(write(tmp_path / "c", [YUNXI] + others), workers=1)
    assert corpus_name(ex) == CorpusName.of(None, None)


def test_a_known_district_names_the_files(cli_build):
    assert cli_build.html.name == "gongshu-kg.html"
    from kg.store import open_store
    assert stored_name(open_store(cli_build.store)).page_title == "拱墅区产业知识图谱 · Gongshu District knowledge graph"


def test_the_manifest_row_for_the_folder_titles_the_corpus(tmp_path, kg_cli):
    write(tmp_path / "c", [YUNXI], "file,title,date,kind\n.,Yunxi Reports 云溪文集,,\n")
    proc = kg_cli("build", "c", "--store", "s", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "yunxi-reports-kg.trig").exists() and (tmp_path / "yunxi-reports-kg.html").exists()
    assert "<title>Yunxi Reports 云溪文集</title>" in (tmp_path / "yunxi-reports-kg.html").read_text(encoding="utf-8")
    # kg viz draws the same title from the store; --title overrides it
    proc = kg_cli("viz", "--store", "s", "--title", "云溪 · Yunxi", cwd=tmp_path)
    assert proc.returncode == 0 and "network: yunxi-reports-kg.html" in proc.stdout
    assert "<title>云溪 · Yunxi</title>" in (tmp_path / "yunxi-reports-kg.html").read_text(encoding="utf-8")


def test_title_names_the_graph_and_files(tmp_path, kg_cli):
    write(tmp_path / "c", [YUNXI])
    proc = kg_cli("build", "c", "--store", "s", "--title", "Yunxi 2024", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "graph: yunxi-2024-kg.trig" in proc.stdout and "network: yunxi-2024-kg.html" in proc.stdout


def test_an_extraction_without_documents_states_no_name():
    from kg.emit import to_ntriples
    assert to_ntriples(Extraction([], {}, [])) == b""
    doc = to_document(RawDocument("a.txt", "a.txt", "\n".join(YUNXI), "utf-8"))
    assert b"resource/corpus> <http://purl.org/dc/terms/title>" in to_ntriples(Extraction([doc], {}, []))
