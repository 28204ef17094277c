"""Document metadata (extractor/match/docmeta.py, set by the ``policykg_normalize``
component), through ``load()(text)``: ``doc._.meta`` (title, 文号, date, issuer, year) and the
document's ``issued_by`` relation.

Each row: an id, the head and foot of a notice of our own, the metadata."""

from __future__ import annotations

import pytest
from tables import doc_of, facts, rows

BODY = "各乡镇人民政府：\n现将有关事项通知如下。\n"

# (id, notice, {title, number, date, issuer, year})
META = [
    ("number-above-title-issuer-and-date-below",
     "青政办发〔2025〕12号\n关于成立青山县鼠疫防控领导小组的通知\n" + BODY + "青山县人民政府办公室\n2025年3月1日\n",
     {"title": "关于成立青山县鼠疫防控领导小组的通知", "number": "青政办发〔2025〕12号", "date": "2025-03-01",
      "issuer": "青山县人民政府办公室", "year": 2025}),
    ("square-brackets-and-chinese-numeral-date",
     "关于印发白河市2024年结核病防治工作要点的通知\n白卫发[2024]7号\n" + BODY + "白河市卫生健康委员会\n二〇二四年五月六日\n",
     {"title": "关于印发白河市2024年结核病防治工作要点的通知", "number": "白卫发[2024]7号", "date": "2024-05-06",
      "issuer": "白河市卫生健康委员会", "year": 2024}),
    ("letterhead-and-di-hao",
     "红石区卫生健康局文件\n红卫字（2023）第15号\n关于做好登革热防控工作的通知\n" + BODY + "红石区卫生健康局\n2023年8月9日印发\n",
     {"title": "关于做好登革热防控工作的通知", "number": "红卫字（2023）第15号", "date": "2023-08-09",
      "issuer": "红石区卫生健康局", "year": 2023}),
    ("issuer-in-the-title-year-from-number",
     "东湖区人民政府办公室关于调整东湖区精神卫生工作领导小组成员的通知\n东政办函〔2022〕3号\n" + BODY,
     {"title": "东湖区人民政府办公室关于调整东湖区精神卫生工作领导小组成员的通知", "number": "东政办函〔2022〕3号",
      "date": None, "issuer": "东湖区人民政府办公室", "year": 2022}),
    ("plan-title-print-line",
     "青山县鼠疫防控工作方案\n为做好防控工作，制定本方案。\n抄送：县委办公室。\n青山县人民政府办公室 2025年3月1日印发\n",
     {"title": "青山县鼠疫防控工作方案", "number": None, "date": "2025-03-01", "issuer": "青山县人民政府办公室", "year": 2025}),
    ("no-head-no-foot", "县卫健局负责监测。\n",
     {"title": None, "number": None, "date": None, "issuer": None, "year": None}),
    ("publication-table-fawen-danwei-label",
     "关于做好鼠疫防控工作的通知\n发文单位:青山县人民政府\n发布日期:2003-4-5\n" + BODY,
     {"title": "关于做好鼠疫防控工作的通知", "number": None, "date": "2003-04-05", "issuer": "青山县人民政府",
      "year": 2003}),
    ("issuer-alone-above-a-wrapped-title",
     "青山县人民政府办公室\n关于加强狂犬病防控工作的\n紧急通知\n" + BODY,
     {"title": "关于加强狂犬病防控工作的紧急通知", "number": None, "date": None, "issuer": "青山县人民政府办公室",
      "year": None}),
    ("a-title-that-implements-a-higher-notice-names-its-issuer-first",
     "青山省人民政府贯彻国务院关于加强血吸虫病防治工作的实施意见\n" + BODY,
     {"title": "青山省人民政府贯彻国务院关于加强血吸虫病防治工作的实施意见", "number": None, "date": None,
      "issuer": "青山省人民政府", "year": None}),
    # a web page's head: the headline, then the line with its publication date
    ("news-headline-above-its-labelled-date",
     "首页 > 工作动态\n\n青山县召开秋冬季防疫工作推进会\n\n信息来源：县卫健局 发布时间：2024-10-08\n10月8日，县卫健局召开会议。\n",
     {"title": "青山县召开秋冬季防疫工作推进会", "number": None, "date": "2024-10-08", "issuer": None, "year": 2024}),
    ("news-headline-above-a-date-and-time",
     "白河市启动爱国卫生月活动，各街道集中清理积水\n2023-04-03 09:12:45 来源：白河日报\n4月3日上午，活动启动。\n",
     {"title": "白河市启动爱国卫生月活动，各街道集中清理积水", "number": None, "date": "2023-04-03", "issuer": None,
      "year": 2023}),
    ("news-headline-above-a-bare-time-stamp",  # 时间: with the clock time: the page's stamp
     "白河市登革热病例增加 启动每日报告制度\n\n时间:2019-09-02 08:15:30  来源:  作者:\n全市病例有所增加。\n",
     {"title": "白河市登革热病例增加 启动每日报告制度", "number": None, "date": "2019-09-02", "issuer": None,
      "year": 2019}),
    ("news-date-line-heading-the-page-its-headline-below",  # the stamp first, a menu, then the headline
     "2021-03-05 10:20  来源: 青山新闻网\n打印 | 字号: |\n\n青山县召开春季爱国卫生运动动员会\n\n3月5日，会议召开。\n",
     {"title": "青山县召开春季爱国卫生运动动员会", "number": None, "date": "2021-03-05", "issuer": None, "year": 2021}),
    ("news-dashed-date-alone-above-its-source-line",
     "青山区部署秋季灭鼠工作\n\n2023-10-11\n来源:青山区融媒体中心\n10月10日，青山区召开会议。\n",
     {"title": "青山区部署秋季灭鼠工作", "number": None, "date": "2023-10-11", "issuer": None, "year": 2023}),
    ("open-information-rows-above-a-headline-are-no-headline",  # 公开方式 … rows, then the headline
     "索引号 0012345/2024-1001 主题分类 卫生\n公开方式 主动公开 公开范围 面向全社会\n发布机构 青山县政府办公室 发文日期 2024-06-03\n\n"
     "青山县公布十件惠民实事\n\n一、新建村卫生室五家，为全县六十五岁以上老人开展免费体检。全年完成体检人数达到三万以上，覆盖所有乡镇和街道。\n",
     {"title": "青山县公布十件惠民实事", "number": None, "date": "2024-06-03", "issuer": None, "year": 2024}),
    ("open-information-date-cell-in-a-piped-table",  # | 发文日期 | date |: the table's date
     "索引号 | 0012345/2018-2001 | 发布机构 | 红石镇 | 发文日期 | 2018-07-12 |\n各村（社区）：\n请做好秸秆禁烧工作。\n",
     {"title": None, "number": None, "date": "2018-07-12", "issuer": None, "year": 2018}),
    ("open-information-date-label-alone-its-date-below",
     "生成日期：\n\n2020-05-18\n\n关于调整白河镇防汛工作小组的通知\n各村：\n现将有关事项通知如下。\n",
     {"title": "关于调整白河镇防汛工作小组的通知", "number": None, "date": "2020-05-18", "issuer": None, "year": 2020}),
    ("a-table-row-number-is-no-date-cut-by-the-page-end",  # 区卫健局 / 10: a table's cells, no signature
     "序号\n牵头单位\n9\n新建托育机构一家。\n红石区卫健局\n10\n新增托位八十个。\n",
     {"title": None, "number": None, "date": None, "issuer": None, "year": None}),
    ("a-signing-date-cut-by-the-page-end-names-its-signer",
     "各村：\n请做好灭鼠工作。\n白河镇人民政府\n二○\n",
     {"title": None, "number": None, "date": None, "issuer": "白河镇人民政府", "year": None}),
    ("a-latin-letter-o-typed-for-the-zero-of-a-year",  # 二O二O年: the letter O for 〇
     "各村：\n请做好灭鼠工作。\n青山县卫生健康局\n二O二O年三月五日\n",
     {"title": None, "number": None, "date": "2020-03-05", "issuer": "青山县卫生健康局", "year": 2020}),
    ("a-download-link-before-the-signing-date-is-no-signer",  # 全文下载: the page's link text
     "各乡镇：\n请做好灭蚊工作。\n\n全文下载    二〇一九年六月十日\n",
     {"title": None, "number": None, "date": "2019-06-10", "issuer": None, "year": 2019}),
    ("open-information-date-before-the-page-date",  # 生效日期 in the table, 发布时间 of the posting below
     "索引号: 0012345/2023-00007 发布机构:\n生效日期: 2023-04-11 废止日期:\n\n白河镇2023年灭鼠工作安排意见\n\n"
     "来源:白河镇人民政府 发布时间:2023-05-02 浏览次数:\n\n为做好灭鼠工作，现提出如下意见。\n",
     {"title": "白河镇2023年灭鼠工作安排意见", "number": None, "date": "2023-04-11", "issuer": None, "year": 2023}),
    ("open-information-date-in-a-bulleted-list",  # • 生成日期: / • 2021-06-01
     "  • 信息分类:\n  • 生成日期:\n  • 2021-06-01\n  • 文  号:\n各县卫生健康局：\n请做好防疫工作。\n",
     {"title": None, "number": None, "date": "2021-06-01", "issuer": None, "year": 2021}),
    ("an-announcement-that-promulgates-an-act-is-titled-by-the-act",  # 公告 / 《X条例》已…通过 / X条例
     "青山省人民代表大会常务委员会公告\n（第12号）\n《青山省河道保洁条例》已由青山省人民代表大会常务委员会会议通过，现予公布。\n"
     "特此公告。\n青山省人民代表大会常务委员会\n2022年6月1日\n青山省河道保洁条例\n第一条 为了保护河道，制定本条例。\n",
     {"title": "青山省河道保洁条例", "number": None, "date": "2022-06-01", "issuer": "青山省人民代表大会常务委员会",
      "year": 2022}),
    ("an-announcement-whose-act-is-not-written-below-keeps-its-heading",
     "青山省人民代表大会常务委员会公告\n《青山省河道保洁条例》已由会议通过，现予公布。\n特此公告。\n"
     "青山省人民代表大会常务委员会\n2022年6月1日\n",
     {"title": "青山省人民代表大会常务委员会公告", "number": None, "date": "2022-06-01",
      "issuer": "青山省人民代表大会常务委员会", "year": 2022}),
    ("a-dashed-date-alone-without-a-source-line-is-none",
     "青山县召开灭鼠工作会议\n2024-03-02\n会议要求各乡镇做好灭鼠工作。\n",
     {"title": None, "number": None, "date": None, "issuer": None, "year": None}),
    ("a-meeting-time-is-no-page-stamp",  # 会议时间：date without a clock time
     "青山县召开灭鼠工作会议\n会议时间：2024-03-02\n会议要求各乡镇做好灭鼠工作。\n",
     {"title": None, "number": None, "date": None, "issuer": None, "year": None}),
    ("a-signature-date-alone-is-no-page-date",  # 县卫健局 / 2024年5月6日: a signature, no headline
     "各乡镇：\n请做好灭蚊工作。\n青山县卫生健康局\n2024年5月6日\n",
     {"title": None, "number": None, "date": "2024-05-06", "issuer": "青山县卫生健康局", "year": 2024}),
    ("a-document-site-upload-date-is-none",  # 更新时间 … 会员上传 下载: the upload's date
     "乡镇防汛工作计划(精选3篇)\n\n更新时间:2023-06-01 10:00:00 作者:会员上传 下载docx\n为做好防汛工作，制定本计划。\n",
     {"title": "乡镇防汛工作计划(精选3篇)", "number": None, "date": None, "issuer": None, "year": None}),
    ("a-database-label-alone-its-value-below",
     "青山县灭鼠工作安排\n\n2024-03-02 10:20\n发文单位\n青山县卫生健康局\n发文字号\n",
     {"title": "青山县灭鼠工作安排", "number": None, "date": "2024-03-02", "issuer": "青山县卫生健康局", "year": 2024}),
    ("a-bare-title-run-on-into-its-first-article",
     "青山县鼠疫防控工作联席会议制度第一条为加强鼠疫防控，制定本制度。第二条联席会议由县卫健局召集。\n",
     {"title": "青山县鼠疫防控工作联席会议制度", "number": None, "date": None, "issuer": None, "year": None}),
    ("a-signature-run-on-before-the-title",  # X政府2024年1月2日（此件公开发布）Y办法第一条…: the signature is read
     "青山县人民政府2024年1月2日（此件公开发布）青山县犬只管理办法第一条为规范养犬，制定本办法。\n",
     {"title": "青山县犬只管理办法", "number": None, "date": "2024-01-02", "issuer": "青山县人民政府", "year": 2024}),
    ("a-bare-title-broken-over-two-lines",
     "白河市防汛抗旱指挥部\n工作规则\n为规范指挥部工作，制定本规则。\n",
     {"title": "白河市防汛抗旱指挥部工作规则", "number": None, "date": None, "issuer": None, "year": None}),
    ("a-contingency-plan-and-a-progress-table-are-titles", "青山县鼠疫应急预案\n1 总则\n",
     {"title": "青山县鼠疫应急预案", "number": None, "date": None, "issuer": None, "year": None}),
    ("a-forwarding-title-broken-after-the-forwarded-body",  # X转发Y / 关于…: X issues, Y is the title's
     "青山省人民政府办公厅转发省卫生厅\n关于加强鼠疫防控工作意见的通知\n青政办发〔2024〕3号\n各市县：\n现转发给你们。\n",
     {"title": "关于加强鼠疫防控工作意见的通知", "number": "青政办发〔2024〕3号", "date": None,
      "issuer": "青山省人民政府办公厅", "year": 2024}),
    ("a-signer-broken-over-two-lines-signs-nothing",  # 白河市城乡交通 / 运输局: only a fragment of a name
     "关于做好春运工作的通知\n各县区：\n请做好春运工作。\n白河市卫生健康委 白河市城乡交通\n运输局\n2024年1月5日\n",
     {"title": "关于做好春运工作的通知", "number": None, "date": "2024-01-05", "issuer": None, "year": 2024}),
    ("one-signer-broken-over-two-lines",  # X开发区…疫情 / 防控组办公室: one name, its place first
     "各企业：\n请做好复工防疫。\n青山经济开发区新型冠状病毒感染的肺炎疫情\n防控保障组办公室\n2020年2月3日\n",
     {"title": None, "number": None, "date": "2020-02-03",
      "issuer": "青山经济开发区新型冠状病毒感染的肺炎疫情防控保障组办公室", "year": 2020}),
    ("a-closing-line-above-the-signer-is-no-part-of-it",  # 特此通知 / X卫健局: no place first, not joined
     "各乡镇：\n请做好灭鼠工作。\n特此通知\n青山县卫健局\n2024年1月2日\n",
     {"title": None, "number": None, "date": "2024-01-02", "issuer": "青山县卫健局", "year": 2024}),
    ("a-bare-title-broken-before-its-conjunction",  # X预置 / (blank) / 和分发管理规定: one title
     "青山县智能终端软件预装\n\n和应用管理暂行规定\n\n为规范软件预装，制定本规定。\n",
     {"title": "青山县智能终端软件预装和应用管理暂行规定", "number": None, "date": None, "issuer": None, "year": None}),
    ("a-decree-heading-with-its-wenhao-in-brackets",  # X指挥部令(文号): title, number, issuer
     "青山县鼠疫防控指挥部令(青防指〔2024〕2号)\n各乡镇：\n现发布如下命令。\n",
     {"title": "青山县鼠疫防控指挥部令", "number": "青防指〔2024〕2号", "date": None,
      "issuer": "青山县鼠疫防控指挥部", "year": 2024}),
    ("a-decree-heading-numbered-by-its-order",  # X指挥部(5号令)
     "白河市防汛抗旱指挥部(5号令)\n各街道：\n现发布如下命令。\n",
     {"title": "白河市防汛抗旱指挥部(5号令)", "number": "5号令", "date": None, "issuer": "白河市防汛抗旱指挥部",
      "year": None}),
    ("a-decree-number-on-the-line-below-a-cited-order",  # X令 / (第2号) above a 关于 title: the number only
     "原文如下：\n白河市防汛抗旱指挥部令\n(第2号)\n关于做好防汛工作的通知\n各街道：\n现发布如下。\n",
     {"title": "关于做好防汛工作的通知", "number": "第2号", "date": None, "issuer": None, "year": None}),
    ("a-government-decree-signed-by-its-head",  # X令 / 第N号, then 省长 某某 and the date: the body issues it
     "青山省人民政府令\n第12号\n《青山省鼠疫防控办法》已经省政府常务会议通过，现予公布。\n省长　　王明远\n2024年5月6日\n"
     "青山省鼠疫防控办法\n第一条　为防控鼠疫，制定本办法。\n",
     {"title": "青山省鼠疫防控办法", "number": "青山省人民政府令第12号", "date": "2024-05-06",
      "issuer": "青山省人民政府", "year": 2024}),
    ("a-notice-signed-by-a-person-alone",  # a post and a name is no issuing body
     "关于做好鼠疫防控工作的通知\n" + BODY + "局长　王明远\n2024年5月6日\n",
     {"title": "关于做好鼠疫防控工作的通知", "number": None, "date": "2024-05-06", "issuer": None, "year": 2024}),
    ("an-announcement-numbered-in-its-heading-and-its-issuing-organ-label",  # X通告(第3号), 发布机关：X
     "青山县鼠疫防控指挥部通告(第3号)\n发布机关：青山县鼠疫防控指挥部\n全县暂停集市。\n",
     {"title": "青山县鼠疫防控指挥部通告(第3号)", "number": "第3号", "date": None, "issuer": "青山县鼠疫防控指挥部",
      "year": None}),
    ("a-model-text-s-bare-title-with-its-place-left-blank",  # XX镇…方案
     "XX镇防汛抗旱工作实施方案\n为做好全镇防汛抗旱工作，制定本方案。\n一、工作目标\n",
     {"title": "XX镇防汛抗旱工作实施方案", "number": None, "date": None, "issuer": None, "year": None}),
    ("a-ministry-s-department-ending-in-si-issues-its-titled-notice",  # X部Y司关于…
     "国家青山管理局科技司关于开展白河流域监测工作的通知\n科技函〔2021〕8号\n" + BODY,
     {"title": "国家青山管理局科技司关于开展白河流域监测工作的通知", "number": "科技函〔2021〕8号", "date": None,
      "issuer": "国家青山管理局科技司", "year": 2021}),
    ("bracketed-date-under-title",  # （2025年3月1日） under the title, as a collection prints it
     "关于成立青山县鼠疫防控领导小组的通知\n（2025年3月1日）\n" + BODY,
     {"title": "关于成立青山县鼠疫防控领导小组的通知", "number": None, "date": "2025-03-01", "issuer": None,
      "year": 2025}),
    ("a-state-decree-heading-with-its-number-below",  # 中华人民共和国X令 / 第N号: X issues it
     "中华人民共和国国务院令\n第　12　号\n《青山河道管理条例》已经2024年3月1日国务院第8次常务会议通过，现予公布。\n"
     "青山河道管理条例\n第一条　为加强青山河道管理，制定本条例。\n",
     {"title": "青山河道管理条例", "number": "中华人民共和国国务院令第12号", "date": None, "issuer": "国务院",
      "year": None}),
    ("a-signer-below-the-attachments-list",  # 附：1、… / 2、….docx / X / date: the copy joins X to the last one
     "各镇人民政府，县政府各有关部门：\n为做好创卫工作，现将任务分解如下，各相关单位要担负起主体责任，确保各项创建工作达到标准要求。\n"
     "附：1、创建国家卫生城市目标任务分解和分值责任细则.docx\n2、县各单位创城主要工作任务.docx\n白河县人民政府办公室\n2016年9月8日\n",
     {"title": None, "number": None, "date": "2016-09-08", "issuer": "白河县人民政府办公室", "year": 2016}),
    ("a-signer-and-date-at-the-end-of-a-copy-in-one-line",  # …。 X 二○○九年八月六日: X signs it
     "各县（市、区）人民政府，市政府各部门：为加强全市犬只管理工作，经市政府研究，决定成立市犬只管理工作协调小组，"
     "办公室设在市公安局。 白河市人民政府办公室 二○○九年八月六日\n",
     {"title": None, "number": None, "date": "2009-08-06", "issuer": "白河市人民政府办公室", "year": 2009}),
    ("a-bracketed-date-in-the-text-is-no-date",  # not under the title: a date the text mentions
     "关于成立青山县鼠疫防控领导小组的通知\n" + BODY + "（2025年3月1日）\n",
     {"title": "关于成立青山县鼠疫防控领导小组的通知", "number": None, "date": None, "issuer": None,
      "year": None}),
]


@pytest.mark.parametrize(("text", "meta"), rows(META))
def test_document_meta(text: str, meta: dict) -> None:
    doc = doc_of(text)
    assert doc._.meta == meta
    issuer = {(meta["title"] or "<notice>", "issued_by", meta["issuer"])} if meta["issuer"] else set()
    assert facts(doc, "issued_by") == issuer


def test_the_document_node_is_named_by_its_title() -> None:
    doc = doc_of("关于成立青山县鼠疫防控领导小组的通知\n" + BODY)
    assert doc._.entities["doc:<notice>"]["name"] == "关于成立青山县鼠疫防控领导小组的通知"
    assert doc._.doc_name == "<notice>"


def test_a_pinyin_gloss_of_a_web_mirror_does_not_hide_the_title() -> None:
    meta = doc_of("青山县卫(wèi)生健康局關(guān)于做好手足口病防控工作的通知\n" + BODY)._.meta
    assert (meta["title"], meta["issuer"]) == ("青山县卫生健康局關于做好手足口病防控工作的通知", "青山县卫生健康局")


def test_an_issuer_in_traditional_characters_is_the_body_of_the_simplified_text() -> None:
    doc = doc_of("青山縣人民政府辦公室關於做好手足口病防控工作的通知\n各鄉鎮人民政府：\n現將有關事項通知如下。\n")
    assert facts(doc, "issued_by") == {("青山縣人民政府辦公室關於做好手足口病防控工作的通知", "issued_by", "青山县人民政府办公室")}


def test_a_county_before_the_town_in_the_signature_is_the_town_the_text_names() -> None:
    doc = doc_of("各村：\n青山镇人民政府负责组织排查。\n白水区青山镇人民政府\n2020年1月2日\n")
    names = {e["name"] for e in doc._.entities.values() if e["type"] == "organization"}
    assert names == {"青山镇人民政府"}
    assert facts(doc, "issued_by") == {("<notice>", "issued_by", "青山镇人民政府")}


def test_a_decree_number_names_the_issuing_body() -> None:
    doc = doc_of("青山县犬只管理办法 青山县人民政府令第5号 (现予公布)\n第一条 县公安局负责犬只登记。\n")
    assert facts(doc, "issued_by") == {("青山县犬只管理办法", "issued_by", "青山县人民政府")}


def test_joint_signers_the_first_is_the_issuer_every_one_issued_it() -> None:
    doc = doc_of("关于开展助残日活动的通知\n" + BODY + "青山市卫生健康委\n青山市民政局\n青山市残联\n2024年1月2日\n")
    assert doc._.meta["issuer"] == "青山市卫生健康委"
    assert facts(doc, "issued_by") == {("关于开展助残日活动的通知", "issued_by", body)
                                       for body in ("青山市卫生健康委", "青山市民政局", "青山市残联")}


def test_a_contact_line_above_one_signer_is_no_cosigner() -> None:
    doc = doc_of("关于开展助残日活动的通知\n" + BODY + "联系人：王明\n青山市卫生健康委\n2024年1月2日\n")
    assert facts(doc, "issued_by") == {("关于开展助残日活动的通知", "issued_by", "青山市卫生健康委")}


def test_a_custom_lexicon_decides_bare_titles_and_page_dates(tmp_path) -> None:
    """The cue words of the metadata are the pipeline's lexicon's, not the package's: a
    folder whose ``cues.json`` adds a title kind (备忘录) and a date label (上线日期) and drops
    the document-site words changes what ``load(lexicon_dir=…)`` and ``document_meta`` read."""
    import json
    import shutil

    from extractor import load
    from extractor.lexicon import LEXICON_DIR, load_lexicon
    from extractor.match.docmeta import document_meta

    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, folder)
    cues = json.loads((folder / "cues.json").read_text(encoding="utf-8"))
    cues["bare_title_kinds"] = [*cues["bare_title_kinds"], "备忘录"]
    cues["publication_date_labels"] = [*cues["publication_date_labels"], "上线日期"]
    cues["document_site_words"] = ["不会出现的词"]
    (folder / "cues.json").write_text(json.dumps(cues, ensure_ascii=False), encoding="utf-8")
    memo = "青山县与白河市联防联控备忘录\n双方商定如下。\n"
    page = "白河市开展灭鼠周活动\n上线日期：2024-10-08\n全市集中灭鼠。\n"
    upload = "乡镇防汛工作计划\n\n更新时间:2023-06-01 10:00:00 作者:会员上传\n为做好防汛工作，制定本计划。\n"
    package, custom = load(), load(lexicon_dir=str(folder))
    assert package(memo)._.meta["title"] is None and package(page)._.meta["date"] is None
    assert package(upload)._.meta["date"] is None
    assert custom(memo)._.meta["title"] == "青山县与白河市联防联控备忘录"
    assert custom(page)._.meta["date"] == "2024-10-08"
    assert custom(upload)._.meta["date"] == "2023-06-01"
    lex = load_lexicon(str(folder))
    assert document_meta(memo, lex)["title"] == "青山县与白河市联防联控备忘录"
    assert document_meta(memo)["title"] is None


def test_an_annex_line_above_joint_signers_signs_nothing() -> None:
    """附件's last item, then two bodies, then the date: the first body issues, the second cosigns."""
    doc = doc_of("各县市区：\n请做好申报。\n附件：1.申报汇总表\n青山市卫生健康委办公室\n青山市教育局办公室\n2024年3月5日\n")
    assert doc._.meta["issuer"] == "青山市卫生健康委办公室"
    assert facts(doc, "issued_by") == {("<notice>", "issued_by", body) for body in ("青山市卫生健康委办公室", "青山市教育局办公室")}


# (id, notice, the bodies that issue it): joint issuers written side by side or in the title
JOINT = [
    ("two-signers-on-one-line",
     "关于做好汛期饮用水卫生工作的通知\n" + BODY + "青山市卫生健康委员会　青山市水利局\n2024年6月1日\n",
     {"青山市卫生健康委员会", "青山市水利局"}),
    ("title-names-both-no-signature",
     "青山市卫生健康委员会、青山市教育局关于开展学校结核病筛查的通知\n" + BODY,
     {"青山市卫生健康委员会", "青山市教育局"}),
    ("one-signer-below-a-title-naming-two",  # a copy may sign with the first only: the title says both
     "青山市卫生健康委员会、青山市教育局关于开展学校结核病筛查的通知\n" + BODY + "青山市卫生健康委员会\n2024年6月1日\n",
     {"青山市卫生健康委员会", "青山市教育局"}),
    ("a-title-whose-first-body-is-not-the-signer",
     "青山市卫生健康委员会、青山市教育局关于开展学校结核病筛查的通知\n" + BODY + "青山市民政局\n2024年6月1日\n",
     {"青山市民政局"}),
    ("a-title-of-one-body", "青山市卫生健康委员会关于开展爱国卫生月活动的通知\n" + BODY, {"青山市卫生健康委员会"}),
    # two ministries' general offices run together in the title (X部办公厅Y部办公厅关于…): two issuers
    ("two-ministries-general-offices-run-together-in-the-title",
     "水务部办公厅林草委办公厅关于做好汛期防疫工作的意见\n" + BODY,
     {"水务部办公厅", "林草委办公厅"}),
    ("a-general-office-of-one-ministry-in-the-title", "水务部办公厅关于做好汛期防疫工作的意见\n" + BODY, {"水务部办公厅"}),
    ("a-header-of-two-bodies-side-by-side-above-the-title",
     "青文〔2024〕5号\n中共青山乡委员会　　青山乡人民政府\n关于做好秋冬季防火工作的通知\n" + BODY,
     {"中共青山乡委员会", "青山乡人民政府"}),
    ("a-header-of-two-bodies-one-a-line-above-the-title",
     "中共白河市红石街道工作委员会\n\n白河市红石街道办事处\n\n红石街道控烟工作实施方案\n为做好控烟工作，制定本方案。\n",
     {"中共白河市红石街道工作委员会", "白河市红石街道办事处"}),
    ("a-party-committee-and-its-government-run-together-in-the-header",
     "中共白河市委白河市人民政府\n关于创建文明城市的实施意见\n" + BODY,
     {"中共白河市委", "白河市人民政府"}),
    ("a-page-s-header-of-sponsors-is-no-issuer",  # 主管 / 主办 / 承办 lines of a news site
     "返回首页\n\n中共白河市委 白河市人民政府主管\n\n白河市融媒体中心承办\n\n红石区开展灭鼠活动\n\n全区集中灭鼠。\n",
     set()),
    ("thirteen-joint-signers-one-a-line",
     "关于推动智能建造的指导意见\n" + BODY + "".join(f"青山省{d}\n" for d in (
         "发展改革委", "科技厅", "工业和信息化厅", "财政厅", "人力资源社会保障厅", "自然资源厅", "生态环境厅",
         "住房城乡建设厅", "交通运输厅", "水利厅", "农业农村厅", "商务厅", "市场监管局")) + "2024年6月1日\n",
     {f"青山省{d}" for d in ("发展改革委", "科技厅", "工业和信息化厅", "财政厅", "人力资源社会保障厅", "自然资源厅",
                             "生态环境厅", "住房城乡建设厅", "交通运输厅", "水利厅", "农业农村厅", "商务厅", "市场监管局")}),
]


@pytest.mark.parametrize(("notice", "issuers"), [r[1:] for r in JOINT], ids=[r[0] for r in JOINT])
def test_joint_issuers(notice: str, issuers: set[str]) -> None:
    doc = doc_of(notice)
    assert {target for _, _, target in facts(doc, "issued_by")} == issuers


def test_the_issuer_s_short_name_in_the_text_is_the_issuer() -> None:
    """``工委`` in the text of a notice issued by ``中共X街道工作委员会``: one body, not two."""
    doc = doc_of("中共白河市红石街道工作委员会\n\n白河市红石街道办事处\n\n红石街道控烟工作实施方案\n"
                 "组长由工委副书记王建国担任。\n")
    names = {e["name"] for e in doc._.entities.values() if e["type"] == "organization"}
    assert len(names & {"工委", "中共白河市红石街道工作委员会"}) == 1


def test_a_cosigner_s_evidence_is_its_name_where_it_is_written() -> None:
    from extractor.pipeline import extract_text

    text = "青山市卫生健康委员会、青山市教育局关于开展学校结核病筛查的通知\n" + BODY
    g = extract_text(text)
    spans = {g.nodes[v]["name"]: d["span"] for _, v, d in g.edges(data=True) if d["relation"] == "issued_by"}
    start, end = spans["青山市教育局"]
    assert text[start:end] == "青山市教育局"


def test_a_law_database_s_issuer_label_is_a_cue_word(tmp_path) -> None:
    """``database_issuer_labels`` decides which label of a publication table names the issuer."""
    import json
    import shutil

    from extractor.lexicon import LEXICON_DIR, load_lexicon
    from extractor.match.docmeta import document_meta

    page = "【颁布单位】青山县卫生健康局\n【颁布日期】2024.03.05\n某事项通知\n各乡镇：\n请做好工作。\n"
    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICON_DIR, folder)
    cues = json.loads((folder / "cues.json").read_text(encoding="utf-8"))
    cues["database_issuer_labels"] = [*cues["database_issuer_labels"], "颁布单位"]
    cues["database_date_labels"] = [*cues["database_date_labels"], "颁布日期"]
    (folder / "cues.json").write_text(json.dumps(cues, ensure_ascii=False), encoding="utf-8")
    assert document_meta(page)["issuer"] is None
    custom = document_meta(page, load_lexicon(str(folder)))
    assert (custom["issuer"], custom["date"]) == ("青山县卫生健康局", "2024-03-05")
