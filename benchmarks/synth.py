"""Synthetic notices for the benchmark: the seeds' blocks recombined with other names.

Blocks taken from the seed notices in ``corpus/`` (found by shape, not by name): duty
paragraphs (``单位：负责……``), numbered task items and prose paragraphs. Names (places,
people, departments, titles, diseases) come from ``benchmarks/names.json``. Three notice
shapes are generated, like the seeds: a mechanism with a roster and a duty division, a
joint-meeting system with member duties, and a numbered task list. Deterministic for a
given seed.

    python benchmarks/synth.py OUT_DIR N [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED_CORPUS = ROOT / "corpus"
NAMES = HERE / "names.json"

_DUTY = re.compile(r"^\s*([\u4e00-\u9fa5（）()]{2,24})[：:]\s*(.{15,})$")
_TASK = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*(.{15,})$")
_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、|^\s*[（(][一二三四五六七八九十]+[)）]|^\s*第.{1,3}条")


@dataclass
class Blocks:
    """Text blocks cut from the seed notices."""

    duties: list[str]
    tasks: list[str]
    prose: list[str]


def seed_blocks(corpus: Path = SEED_CORPUS) -> Blocks:
    """Duty bodies, task items and prose paragraphs of the seed notices (by line shape)."""
    duties: list[str] = []
    tasks: list[str] = []
    prose: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if len(line) < 15:
                continue
            m = _DUTY.match(line)
            if m and not m.group(1).startswith(("附件", "抄送", "联系")):
                duties.append(m.group(2).strip())
                continue
            t = _TASK.match(line)
            if t:
                tasks.append(t.group(1).strip())
                continue
            if len(line) >= 40 and not _HEADING.match(line):
                prose.append(line)
            elif _HEADING.match(line) and len(line) >= 30:
                prose.append(_HEADING.sub("", line).strip())
    if not (duties and tasks and prose):
        raise SystemExit(f"no seed blocks found under {corpus}")
    return Blocks(duties, tasks, prose)


class NoticeMaker:
    """Makes synthetic notices from seed blocks and the name lists."""

    def __init__(self, seed: int = 1, corpus: Path = SEED_CORPUS, names: Path = NAMES) -> None:
        self.rng = random.Random(seed)
        self.blocks = seed_blocks(corpus)
        self.names = json.loads(names.read_text(encoding="utf-8"))

    # --- names ---------------------------------------------------------------------
    def person(self) -> str:
        r = self.rng
        if r.random() < 0.06:
            return r.choice(self.names["mongol_names"])
        given = "".join(r.choice(self.names["given_chars"]) for _ in range(r.choice((1, 2, 2))))
        name = r.choice(self.names["surnames"]) + given
        return name[0] + "  " + name[1] if len(name) == 2 else name  # padded like the seeds

    def units(self, k: int) -> list[tuple[str, str | None]]:
        depts = self.names["departments"]
        return self.rng.sample(depts, k=min(k, len(depts)))

    def disease_clause(self) -> str:
        r = self.rng
        d = r.sample(self.names["diseases"], k=r.choice((1, 2, 3)))
        verb = r.choice(("做好", "加强", "配合开展", "负责", "统筹推进"))
        return f"{verb}{'、'.join(d)}{r.choice(('防治工作', '监测和报告', '宣传教育', '患者救治救助', '筛查和随访管理'))}"

    def duty_body(self) -> str:
        r = self.rng
        parts = [r.choice(self.blocks.duties)]
        if r.random() < 0.6:
            parts.append(self.disease_clause() + "。")
        return "".join(parts)

    def header(self, place: str, title: str, year: int) -> list[str]:
        r = self.rng
        abbr = place[:2]
        number = f"{abbr}{r.choice(self.names['doc_prefixes'])}〔{year}〕{r.randint(1, 199)}号"
        return [number, "", title, ""]

    # --- notice shapes -------------------------------------------------------------
    def mechanism_notice(self) -> str:
        r = self.rng
        place, suffix = r.choice(self.names["places"])
        year = r.randint(2019, 2025)
        topic = r.choice(self.names["topics"])
        kind = r.choice(self.names["mechanism_kinds"])
        mech = f"{place}{topic}{kind}"
        units = self.units(r.randint(6, 18))
        full = [f"{place}{d}" for d, _ in units]
        short = [f"{suffix}{alias or d}" for d, alias in units]
        lines = self.header(place, f"关于建立{mech}的通知", year)
        lines.append("、".join(full) + "：")
        lines.append(f"为加快推进{topic}工作，{r.choice(self.blocks.prose)}经研究，建立{mech}。")
        lines.append("一、工作任务")
        for i, task in enumerate(r.sample(self.blocks.tasks, k=3)):
            lines.append(f"（{'一二三'[i]}）{task}")
        lines.append("二、成员单位及人员组成")
        lines.append(f"（一）{kind}由{'、'.join(short)}等{len(units)}个部门组成。")
        lines.append(f"（二）{kind}由{short[0]}主要负责同志担任召集人，其他成员单位分管负责同志为成员：")
        lines.append("召集人：")
        lines.append(f"{self.person()}   {full[0]}{r.choice(self.names['titles'])}")
        lines.append("成员：")
        for unit in full:
            lines.append(f"{self.person()}   {unit}{r.choice(self.names['titles'])}")
        lines.append("（三）成员单位职能股室主要负责同志担任联络员")
        for unit in full:
            lines.append(f"{self.person()}   {unit}{r.choice(self.names['sub_units'])}{r.choice(('负责人', '股长', '科员'))}")
        lines.append("三、成员单位职责分工")
        for unit in full:
            lines.append(f"{unit}：{self.duty_body()}")
        lines.append("四、工作要求")
        for i, para in enumerate(r.sample(self.blocks.prose, k=2)):
            lines.append(f"（{'一二'[i]}）{para}")
        lines += ["", f"{place}{units[0][0]}", f"{year}年{r.randint(1, 12)}月{r.randint(1, 28)}日"]
        return "\n".join(lines) + "\n"

    def meeting_notice(self) -> str:
        r = self.rng
        place, suffix = r.choice(self.names["places"])
        year = r.randint(2019, 2025)
        name = f"{place}防治重大疾病工作联席会议"
        units = self.units(r.randint(12, 30))
        lines = self.header(place, f"关于印发《{name}制度》的通知", year)
        lines.append(f"各乡镇人民政府、街道办事处，{suffix}直各有关单位：")
        lines.append(f"    《{name}制度》已经{suffix}人民政府研究同意，现印发给你们，请结合实际认真贯彻落实。")
        lines += ["", f"{place}人民政府办公室", f"{year}年{r.randint(1, 12)}月{r.randint(1, 28)}日", ""]
        lines.append(f"{name}制度")
        lines.append(r.choice(self.blocks.prose))
        lines.append(f"本文所指重大疾病为：{'、'.join(r.sample(self.names['diseases'], k=5))}。")
        lines.append("一、主要职责")
        lines.append(r.choice(self.blocks.prose))
        lines.append("二、组成单位")
        lines.append(f"联席会议由{'、'.join(suffix + (a or d) for d, a in units)}组成。")
        lines.append(f"{suffix}人民政府分管副{suffix}长担任召集人，{suffix}卫生健康委主任担任副召集人。")
        lines.append("三、工作规则")
        lines += r.sample(self.blocks.prose, k=2)
        lines.append(f"附件：{name}成员单位职责分工")
        for d, a in units:
            lines.append(f"{suffix}{a or d}：{self.duty_body()}")
        return "\n".join(lines) + "\n"

    def task_notice(self) -> str:
        r = self.rng
        place, suffix = r.choice(self.names["places"])
        year = r.randint(2019, 2025)
        topic = r.choice(self.names["topics"])
        lines = ["各医疗卫生单位：", f"现印发《{year}年{place}{topic}工作任务清单》，请抓好贯彻落实。", ""]
        lines.append(f"{year}年{place}{topic}工作任务清单")
        lines.append(r.choice(self.blocks.prose))
        units = self.units(6)
        for i in range(1, r.randint(8, 25) + 1):
            item = r.choice(self.blocks.tasks)
            if r.random() < 0.5:
                lead, helper = r.sample(units, k=2)
                item = item.rstrip("。") + (
                    f"，{suffix}{lead[1] or lead[0]}牵头，{suffix}{helper[1] or helper[0]}配合，"
                    f"{r.choice(self.names['deadlines'])}完成。"
                )
            lines.append(f"{i}.{item}")
        lines += ["", f"{year}年{r.randint(1, 12)}月{r.randint(1, 28)}日"]
        return "\n".join(lines) + "\n"

    def notice(self) -> tuple[str, str]:
        """(shape, text) of one notice; shapes in the proportions 5 : 2 : 3."""
        shape = self.rng.choices(("mech", "meeting", "tasks"), weights=(5, 2, 3))[0]
        maker = {"mech": self.mechanism_notice, "meeting": self.meeting_notice, "tasks": self.task_notice}
        return shape, maker[shape]()


def write_corpus(out: Path, n: int, seed: int = 1, start: int = 0) -> list[Path]:
    """Write ``n`` notices ``syn_<i>_<shape>.txt`` into ``out`` (created); returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    maker = NoticeMaker(seed=seed * 1_000_003 + start)
    paths = []
    for i in range(start, start + n):
        shape, text = maker.notice()
        p = out / f"syn_{i:05d}_{shape}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    paths = write_corpus(args.out, args.n, args.seed)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"wrote {len(paths)} notices, {chars} characters, to {args.out}")


if __name__ == "__main__":
    main()
