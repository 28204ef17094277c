"""Document metadata and deadlines of real notice shapes, in our own words."""

from __future__ import annotations

import pytest

from extractor.match.docmeta import document_meta
from extractor.pipeline import extract_text

# (text, field, expected): one shape of writing per row; None means "say nothing"
META_CASES = [
    # 文号 in brackets on its own line, below the title
    ("青禾县人民政府关于做好秋季防疫工作的通知\n(青政发〔2019〕12号)\n各乡镇：\n正文。\n", "number", "青政发〔2019〕12号"),
    # traditional 號
    ("青禾縣人民政府關於同意設立聯席會議的批覆\n\n青政函〔2016〕33號\n\n衛生局：正文。\n", "number", "青政函〔2016〕33號"),
    ("青禾縣人民政府關於同意設立聯席會議的批覆\n青政函〔2016〕33號\n衛生局：正文。\n", "title",
     "青禾縣人民政府關於同意設立聯席會議的批覆"),
    # law-database header: labels, square brackets, ISO dates
    ("青禾县人民政府办公室关于成立防控指挥部的通知\n\n状态:有效 发布日期:2011-03-04 生效日期: 2011-03-04\n"
     "发布部门: 青禾县人民政府办公室\n发布文号: 青府办[2011]8号\n各乡镇：\n正文。\n", "number", "青府办[2011]8号"),
    ("青禾县人民政府办公室关于成立防控指挥部的通知\n\n状态:有效 发布日期:2011-03-04 生效日期: 2011-03-04\n"
     "发布部门: 青禾县人民政府办公室\n发布文号: 青府办[2011]8号\n各乡镇：\n正文。\n", "date", "2011-03-04"),
    # glued law-database export
    ("青禾市人民政府关于印发创建卫生城市方案的通知【法规类别】卫生【发文字号】青市政明电[2018]3号【发布部门】青禾市政府"
     "【发布日期】2018.06.02【实施日期】2018.06.02\n正文。\n", "number", "青市政明电[2018]3号"),
    ("青禾市人民政府关于印发创建卫生城市方案的通知【法规类别】卫生【发文字号】青市政明电[2018]3号【发布部门】青禾市政府"
     "【发布日期】2018.06.02【实施日期】2018.06.02\n正文。\n", "date", "2018-06-02"),
    # Chinese numerals with digit zeros
    ("关于做好防汛工作的通知\n正文。\n青禾县防汛指挥部\n二00七年六月三日\n", "date", "2007-06-03"),
    ("关于做好防汛工作的通知\n正文。\n青禾县防汛指挥部\n二00七年六月三日\n", "issuer", "青禾县防汛指挥部"),
    # signature and date on one line with a publication note; a three-character issuer
    ("正文。\n\n        农业部          2012年3月8日  (此件公开发布)\n", "date", "2012-03-08"),
    ("正文。\n\n        农业部          2012年3月8日  (此件公开发布)\n", "issuer", "农业部"),
    # padded party signature over two lines
    ("正文。\n中 国 共 产 党\n青禾县卫生健康局党组\n2019年5月6日\n", "issuer", "中国共产党青禾县卫生健康局党组"),
    # several signers: the first signs first
    ("正文。\n\n青禾县卫生健康局\n青 禾 县 教 育 局\n2021年9月1日\n", "issuer", "青禾县卫生健康局"),
    ("正文。\n\n青禾县卫生健康局    青禾县教育局\n2021年9月1日\n", "issuer", "青禾县卫生健康局"),
    # a seal's note (X代章): the signer above it signs; alone, the body whose seal it is
    ("正文。\n青禾县防治结核病工作联席会议办公室\n（青禾县卫生健康局代章）\n2020年4月8日\n", "issuer",
     "青禾县防治结核病工作联席会议办公室"),
    ("正文。\n附件：2.工作进度表\n（青禾县粮食局办公室代章）\n2018年6月2日\n", "issuer", "青禾县粮食局办公室"),
    ("正文。\n(青禾县水利局 代章)\n2018年6月2日\n", "issuer", "青禾县水利局"),
    # no signature: the issuer a title starts with; joint issuers: the first
    ("青禾县人民政府关于加强春季防火的通知\n各乡镇：\n正文。\n", "issuer", "青禾县人民政府"),
    ("青禾省卫生厅省教育厅关于印发《学校防病合作办法》的通知\n(青卫发〔2010〕5号)\n各市：\n正文。\n", "issuer", "青禾省卫生厅"),
    ("青禾省人民政府办公厅转发省农业厅关于秋季防疫意见的通知\n正文。\n", "issuer", "青禾省人民政府办公厅"),
    # a title over two lines, the first line ending in 印发
    ("青禾县防疫指挥部关于印发\n《青禾县农村防疫方案》的通知\n(青防指[2003]2号)\n各乡镇：\n正文。\n", "title",
     "青禾县防疫指挥部关于印发《青禾县农村防疫方案》的通知"),
    # the site's title line: 文号 then the title in 《》; a leading 【tag】
    ("青府办〔2017〕44号《青禾县人民政府办公室关于转发防疫计划的通知》\n各乡镇：\n正文。\n", "number", "青府办〔2017〕44号"),
    ("青府办〔2017〕44号《青禾县人民政府办公室关于转发防疫计划的通知》\n各乡镇：\n正文。\n", "title",
     "青禾县人民政府办公室关于转发防疫计划的通知"),
    ("青府办〔2017〕45号 关于做好冬季防火工作的通知\n各乡镇：\n正文。\n", "title", "关于做好冬季防火工作的通知"),
    ("【重点工作】青禾县人民政府关于2021年重点工作的通知\n各乡镇：\n正文。\n", "title", "青禾县人民政府关于2021年重点工作的通知"),
    # a bare plan title, with its years in brackets; a site's page number left out
    ("青禾省农业数字化行动方案（2022—2024）\n为推进农业数字化，制定本方案。\n", "title", "青禾省农业数字化行动方案（2022—2024）"),
    ("2019年全县卫生工作任务及责任分解(3)\n续上页。\n", "title", "2019年全县卫生工作任务及责任分解"),
    # a decree: title, 令 number, signatory and date on one run-on line
    ("青禾县犬只管理办法 青禾县人民政府令第7号 (本办法已经县政府常务会议通过,现予公布。) 县长:王某某 "
     "二0一0年三月二日 第一条 为加强管理,制定本办法。\n", "number", "青禾县人民政府令第7号"),
    ("青禾县犬只管理办法 青禾县人民政府令第7号 (本办法已经县政府常务会议通过,现予公布。) 县长:王某某 "
     "二0一0年三月二日 第一条 为加强管理,制定本办法。\n", "issuer", "青禾县人民政府"),
    ("青禾县犬只管理办法 青禾县人民政府令第7号 (本办法已经县政府常务会议通过,现予公布。) 县长:王某某 "
     "二0一0年三月二日 第一条 为加强管理,制定本办法。\n", "date", "2010-03-02"),
    ("青禾县犬只管理办法 青禾县人民政府令第7号 (本办法已经县政府常务会议通过,现予公布。) 县长:王某某 "
     "二0一0年三月二日 第一条 为加强管理,制定本办法。\n", "title", "青禾县犬只管理办法"),
    # 文号 and date in one bracket under the title
    ("农业部关于做好抗旱工作的通知\n (农办发〔1999〕第6号 1999年7月2日)\n正文。\n", "number", "农办发〔1999〕第6号"),
    ("农业部关于做好抗旱工作的通知\n (农办发〔1999〕第6号 1999年7月2日)\n正文。\n", "date", "1999-07-02"),
    # a signature above a date cut by the end of the page
    ("关于开展义诊活动的通知\n各村：\n正文。\n附：活动安排表\n青禾镇人民政府办公室\n二○\n", "issuer", "青禾镇人民政府办公室"),
    # a cover notice without a title: the list it issues (named in 《》) after the signature
    ("各成员单位：\n现将《青禾县2023年度防疫工作清单》印发给你们。\n青禾县防疫委员会\n2023年3月1日\n(此件公开发布)\n"
     "青禾县2023年度防疫工作清单\n1.做好监测。\n", "title", "青禾县2023年度防疫工作清单"),
    # …but not an attachment the cover never names
    ("青禾大学：\n你校的函收悉。\n农业部\n2022年5月6日\n青禾大学试点任务要点\n一、试点内容\n", "title", None),
    # a publication table: 名称 field
    ("索引号:\t001/2020\n发布机构:\t青禾镇\n名称:\t青禾县2020年食品安全工作安排\t文号:\t无\n正文。\n", "title",
     "青禾县2020年食品安全工作安排"),
    # numbers cited in the body are no 文号 of this notice
    ("青禾县人民政府关于防疫的实施意见\n各乡镇：\n  为落实《国务院关于防疫的通知》(国发〔2010〕48号)，提出意见。\n", "number", None),
    # headings and rosters are no titles
    ("二、建立组织机构,加强领导\n组 长:王某某 副县长\n", "title", None),
    ("(一)例会制度\n每月召开一次。\n", "title", None),
    ("各社区、相关部门:\n为加强管理,通知如下。\n", "title", None),
    # a site's navigation line is no title, a number cited after a space in a sentence no 文号
    ("政策解读  通知公告\n为加强管理,通知如下。\n", "title", None),
    ("各乡镇：\n根据 青府发〔2020〕3号 文件精神，通知如下。\n", "number", None),
    # a decree cited in the body is no number of this notice
    ("各乡镇：\n为加强管理，通知如下。\n第二段。\n依照 青禾县人民政府令第3号 执行。\n", "number", None),
]


@pytest.mark.parametrize(("text", "field", "expected"), META_CASES)
def test_document_meta_shapes(text: str, field: str, expected: str | None) -> None:
    assert document_meta(text)[field] == expected


def test_a_variant_form_of_a_disease_name() -> None:
    g = extract_text("各乡镇：\n县疾控中心负责爱滋病和结核病的监测。\n")
    names = {d.get("name") or d.get("label") for _n, d in g.nodes(data=True) if d.get("type") == "disease"}
    assert "艾滋病" in names


def _deadlines(text: str) -> list[tuple[str | None, str | None]]:
    g = extract_text(text)
    return sorted((d.get("deadline"), d.get("deadline_date"))
                  for _n, d in g.nodes(data=True) if d.get("type") == "duty" and d.get("deadline"))


TASKS = (
    "青禾县2021年防疫重点工作任务\n"
    "1.完善监测网络，{a}建成县级监测平台。（牵头单位：县卫生健康局）\n"
    "2.加强基层能力建设，全县村卫生室全部配备基本设备。（牵头单位：县财政局）\n"
    "3.加强人员培训，提高应急处置能力。（牵头单位：县教育局）\n"
)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("2022年年底前", ("2022年年底前", "2022-12-31")),
        ("到2022年年底", ("到2022年年底", "2022-12-31")),
        ("2022年底前", ("2022年底前", "2022-12-31")),
        ("年底前", ("年底前", "2021-12-31")),  # the year of the notice
        ("2022年10月底前", ("2022年10月底前", "2022-10-31")),
        ("0302年底前", ("0302年底前", None)),  # a garbled year: the raw text, no date
        ("每年12月底之前", None),  # a routine
        ("每年年底前", None),
        ("明年底前", None),  # not this year's end
        ("截至2020年底已", None),  # a state, not a deadline
        ("到2025年", None),  # a year alone
    ],
)
def test_deadline_shapes(phrase: str, expected: tuple[str, str | None] | None) -> None:
    found = _deadlines(TASKS.format(a=phrase))
    assert found == ([expected] if expected else [])
