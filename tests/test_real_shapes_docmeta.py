"""Document metadata as real notices and their web copies give it, in headers of our own:
law-database fields, a 文号 in parentheses or before a 《title》, a decree's number,
mixed-digit Chinese dates, a signature with a remark, the issuer from the title."""

from __future__ import annotations

import pytest

from extractor.match.docmeta import document_meta

CASES = [
    ("law-database fields",
     "青州市人民政府办公厅关于开展爱国卫生月活动的通知\n\n状态:有效 发布日期:2011-03-08 生效日期: 2011-03-08\n"
     "发布部门: 青州市人民政府办公厅\n发布文号: 青府办[2011]12号\n\n各区人民政府:\n  正文。\n",
     {"number": "青府办[2011]12号", "date": "2011-03-08", "issuer": "青州市人民政府办公厅"}),
    ("run-on fields",
     "石城市人民政府关于印发创卫方案的通知【法规类别】卫生综合规定【发文字号】石政发[2016]3号【发布部门】石城市政府"
     "【发布日期】2016.04.02【实施日期】2016.04.02\n",
     {"number": "石政发[2016]3号", "date": "2016-04-02", "title": "石城市人民政府关于印发创卫方案的通知",
      "issuer": "石城市人民政府"}),  # the title's issuer, as r09's gold reads the same page
    ("number in parentheses with the date",
     "水利部关于做好汛期饮水安全工作的通知\n (水农发〔1998〕第7号 1998年6月2日)\n\n  正文。\n",
     {"number": "水农发〔1998〕第7号", "date": "1998-06-02", "issuer": "水利部",
      "title": "水利部关于做好汛期饮水安全工作的通知"}),
    ("number before the title",
     "青府办〔2019〕45号《青州市人民政府办公厅关于转发全省控烟行动计划的通知》\n\n各区人民政府:\n",
     {"number": "青府办〔2019〕45号", "title": "青州市人民政府办公厅关于转发全省控烟行动计划的通知",
      "issuer": "青州市人民政府办公厅"}),
    ("decree on a run-on line",
     "柳城县犬只管理办法 柳城县人民政府令第5号 (《柳城县犬只管理办法》已经县政府常务会议通过,现予公布)\n",
     {"number": "柳城县人民政府令第5号", "title": "柳城县犬只管理办法", "issuer": "柳城县人民政府"}),
    ("mixed digits in a Chinese date, a joint title",
     "江川省卫生厅省教育厅关于加强学校传染病防控的通知\n正文。\n江川省防治流感指挥部\n二00九年十月八日\n",
     {"date": "2009-10-08", "issuer": "江川省防治流感指挥部"}),
    ("signature with a remark, traditional numbering",
     "國務院關於同意建立防治工作部際聯席會議制度的批覆\n\n國函〔2016〕88號\n\n"
     "                 國務院                 2016年5月4日  (此件公開發布)\n",
     {"number": "國函〔2016〕88號", "date": "2016-05-04", "issuer": "國務院"}),
    ("joint issuers in the title: the first",
     "江川省卫生厅省教育厅关于加强学校传染病防控的通知\n正文。\n",
     {"issuer": "江川省卫生厅"}),
    ("a plan's title with a year range, not a numbered heading",
     "（一）总体要求\n江川省数字健康行动方案（2021—2023）\n\n正文。\n",
     {"title": "江川省数字健康行动方案（2021—2023）"}),
    ("a title wrapped over two lines, 關于 of a mixed conversion",
     "青山市人民政府辦公室關于建立青山市殯葬\n管理工作聯席會議制度的通知\n各縣人民政府:\n  正文。\n",
     {"title": "青山市人民政府辦公室關于建立青山市殯葬管理工作聯席會議制度的通知", "issuer": "青山市人民政府辦公室"}),
    ("a site's publication table with cells joined by |",
     "索引号: | /2023-00017 | 公开方式: | 主动公开 | ||\n发布单位: | 青山街道办事处 | 成文日期: | 2023-09-26 | ||\n"
     "青山街道卫生工作制度\n一、总则。\n",
     {"issuer": "青山街道办事处", "date": "2023-09-26"}),
    ("a site's publication table with tab cells and an empty 成文日期",
     "发布机构:\t青山区某街道办事处\t主题分类:\t综合政务\n成文日期:\t发布日期:\t2020-06-04\t\n"
     "青山街道重点任务清单\n一、任务。\n",
     {"issuer": "青山区某街道办事处", "date": "2020-06-04"}),
    ("a reply to a proposal: its title holds a quoted title with a comma, its issuer opens it",
     "文化部对“关于保护乡村戏台，扶持民间剧团的建议”的答复\n\n文函〔2020〕15号\n\n李某等代表：\n  你们的建议收悉。\n",
     {"title": "文化部对“关于保护乡村戏台，扶持民间剧团的建议”的答复", "issuer": "文化部",
      "number": "文函〔2020〕15号"}),
    ("a title broken over two lines right above its 文号",
     "国务院办公厅对全国人大十届二次会议\n第118号建议的答复\n国办函〔2004〕33号\n\n张某代表：\n  正文。\n",
     {"title": "国务院办公厅对全国人大十届二次会议第118号建议的答复", "number": "国办函〔2004〕33号"}),
    ("a title run on into its 文号 and the salutation (a copy that lost its line breaks)",
     "江川省人民政府办公厅关于加强农村饮水安全的通知江政办发〔2019〕7号各市人民政府，省政府各部门：　　为保障饮水安全，"
     "现就有关事项通知如下。\n",
     {"title": "江川省人民政府办公厅关于加强农村饮水安全的通知", "number": "江政办发〔2019〕7号",
      "issuer": "江川省人民政府办公厅"}),
    ("a title, a space and its 文号 on a long line",
     "青山市人民政府关于同意设立湿地公园的批复 青政函〔2018〕21号 青山区人民政府：你区关于设立湿地公园的请示收悉。\n",
     {"title": "青山市人民政府关于同意设立湿地公园的批复", "number": "青政函〔2018〕21号"}),
    ("a run-on 文号 with its date in brackets after it",
     "江川省人民政府关于加强森林防火工作的决定江政发〔1995〕12号（一九九五年三月八日）　　森林是重要资源。\n",
     {"number": "江政发〔1995〕12号", "date": "1995-03-08", "issuer": "江川省人民政府"}),
    ("a 文号 cited in brackets after a title that opens a sentence is no 文号 of the notice",
     "关于做好春耕工作的通知（江政发〔2019〕7号）已经印发，各地要认真落实。\n",
     {"number": None}),
    ("a signature run on at the end of a long line, its note after it",
     "各市人民政府：" + "各地要加强饮水安全管理，落实责任。" * 6 + "请认真执行。江川省人民政府办公厅2019年4月2日（此件公开发布）\n",
     {"date": "2019-04-02", "issuer": "江川省人民政府办公厅"}),
    ("a signature spaced out inside a long line",
     "各地要抓好落实。" * 8 + "　　　　　　江　川　省　人　民　政　府　　　　二〇〇一年六月九日　　附件略。\n",
     {"date": "2001-06-09", "issuer": "江川省人民政府"}),
    ("a body and a date inside a sentence of a long line sign nothing",
     "各地要抓好落实。" * 8 + "江川省卫生厅2019年4月2日印发了《饮水安全规范》，各地要执行。\n",
     {"date": None}),
    ("a decree: its number below the heading with the announcement run on, the regulation after the date",
     "中华人民共和国国务院令\n第 88 号　《江川湿地保护条例》已经国务院常务会议通过，现予公布。\n总　理　王某某\n"
     "二〇一〇年五月六日\n江川湿地保护条例第一章　总则　第一条　为了保护湿地，制定本条例。\n",
     {"number": "中华人民共和国国务院令第88号", "issuer": "国务院", "title": "江川湿地保护条例", "date": "2010-05-06"}),
    ("a decree signed by a person on the announcement's line",
     "中华人民共和国国务院令第90号\n\n现公布《江川水源保护条例》，自2012年1月1日起施行。总理　　王某某　　2011年12月5日　　\n\n"
     "江川水源保护条例\n\n第一条　为了保护水源，制定本条例。\n",
     {"date": "2011-12-05", "title": "江川水源保护条例", "issuer": "国务院"}),
    ("joint issuers open a title wrapped over two lines",
     "江川省人民政府、江川军区关于同意民兵训练基地\n迁址建设的批复\n江政函〔1998〕5号\n江川军区：\n  正文。\n",
     {"title": "江川省人民政府、江川军区关于同意民兵训练基地迁址建设的批复", "issuer": "江川省人民政府"}),
    ("a web page's title broken by a blank line",
     "发布日期:2021-03-02\n\n关于进一步做好青山区2021年\n\n学生视力筛查工作的通知\n\n各街道：\n  正文。\n",
     {"title": "关于进一步做好青山区2021年学生视力筛查工作的通知"}),
    ("a spaced-out signer with two spaces between its characters, run on after a sentence",
     "各地要抓好落实，重大情况及时报告。" * 5 + "　　　　　江  川  省  政  府  二〇一二年三月四日\n",
     {"date": "2012-03-04", "issuer": "江川省政府"}),
    ("a news report's headline below a site path and a menu",
     "首页-新闻-图片-专题\n青山网 > 本地新闻 > 正文\n\n青山县召开秋冬季传染病防控工作推进会\n\n"
     "　　本网讯 10月8日，青山县召开秋冬季传染病防控工作推进会，县卫健局通报了当前疫情形势，各乡镇汇报了防控工作进展。\n",
     {"title": "青山县召开秋冬季传染病防控工作推进会"}),
    ("a numbered heading over a paragraph is no headline",
     "一、加强组织领导和统筹协调\n各地要建立工作机制，明确责任分工，加强督促检查，确保各项任务落到实处，按时完成各项目标任务。\n",
     {"title": None}),
    ("a page that opens with a sentence has no headline below it",
     "7月2日，青山县发布了控烟工作的通知，要求各单位抓好落实，并对工作作出部署，提出了具体要求。\n\n设立控烟工作领导小组\n\n"
     "　　领导小组由县政府办公室牵头，各成员单位参加，负责统筹全县控烟工作，研究解决重大问题。\n",
     {"title": None}),
    ("a title with a copy's space inside the issuer before 关于",
     "江川省农村饮水安全工作 联席会议办公室关于调整联席会议成员的通知\n\n各成员单位：\n  正文。\n",
     {"title": "江川省农村饮水安全工作联席会议办公室关于调整联席会议成员的通知",
      "issuer": "江川省农村饮水安全工作联席会议办公室"}),
    ("a 文号 alone on its line, its 号 clipped by the copy",
     "青山乡关于加强秋季防火工作的通知\n\n青政[2011]9\n\n各村委会：\n  正文。\n",
     {"number": "青政[2011]9"}),
    ("a 文号 alone on its line, its closing bracket lost",
     "关于调整爱卫会成员的通知\n\n江爱卫办〔202307\n\n各成员单位：\n  正文。\n",
     {"number": "江爱卫办〔202307"}),
    ("a sentence citing a clipped number is no 文号",
     "关于调整爱卫会成员的通知\n\n根据江爱卫办〔202307号文件精神，现调整如下。\n",
     {"number": None}),
    ("a news page's date label alone on its line, the date with slashes below it",
     "当前位置:\n\n青山县召开狂犬病防控工作推进会\n\n发布时间:\n\n2019/05/14\n\n浏览次数:\n\n"
     "　　5月10日，青山县召开狂犬病防控工作推进会，县卫健局、县农业局汇报了免疫工作进展，会议部署了下一步工作。\n",
     {"title": "青山县召开狂犬病防控工作推进会", "date": "2019-05-14"}),
    ("a date label alone on its line with words below it gives no date",
     "青山县召开狂犬病防控工作推进会\n发布时间:\n县政府办公室\n"
     "　　5月10日，青山县召开狂犬病防控工作推进会，县卫健局、县农业局汇报了免疫工作进展，会议部署了下一步工作。\n",
     {"date": None}),
    ("a reposted item's original headline",
     "原标题:青山县二十个村卫生室完成标准化改造\n\n图为改造后的村卫生室。\n\n"
     "　　本报讯 近日，青山县二十个村卫生室完成标准化改造，县卫健局负责验收，各乡镇卫生院负责日常指导和业务培训。\n",
     {"title": "青山县二十个村卫生室完成标准化改造", "date": None}),
    ("a column label before a news headline",
     "工作动态|青山县召开控烟工作第三次联席会议\n\n青山卫生健康\n\n"
     "　　2021年3月2日，青山县控烟工作领导小组办公室召开第三次联席会议，县教育局、县市场监管局等成员单位参加了会议。\n",
     {"title": "青山县召开控烟工作第三次联席会议"}),
    ("a menu of many columns is no column label",
     "首页|新闻|时评|专题|本地|国内|国际|体育\n"
     "　　2021年3月2日，青山县控烟工作领导小组办公室召开第三次联席会议，县教育局、县市场监管局等成员单位参加了会议。\n",
     {"title": None}),
    ("a headline run on into the report's dated first paragraph",
     "赵某副县长到各乡镇督导秋季传染病防控工作 9月3日,副县长赵某在县卫健局负责人陪同下到各乡镇督导秋季传染病防控工作。"
     "各乡镇要落实责任。\n",
     {"title": "赵某副县长到各乡镇督导秋季传染病防控工作", "date": None}),
    ("a sentence with a date inside is no headline run on",
     "今年以来各乡镇积极开展秋季传染病防控工作 9月3日起,各乡镇要落实责任,县卫健局要加强督导,确保防控措施落实到位。\n",
     {"title": None}),
    ("a byline under a news headline: a count, an unknown author and the date",
     "青山网> 专题> 浏览文章\n青山县健康城市建设推进会在北岭镇召开\n3 不详 2019年11月5日\n"
     "　　近日，青山县健康城市建设推进会在北岭镇召开，县爱卫办通报了各乡镇健康城市建设的进展，并部署了下一阶段工作。\n",
     {"title": "青山县健康城市建设推进会在北岭镇召开", "date": "2019-11-05"}),
    ("a byline of a day-first date and the clock time",
     "青山县召开2019年全县残疾人工作会议\n12.03.2019 09:30\n本文来源: 县残联\n"
     "　　3月11日上午，青山县召开2019年全县残疾人工作会议，县残工委各成员单位负责人参加会议，会议部署了全年工作。\n",
     {"title": "青山县召开2019年全县残疾人工作会议", "date": "2019-03-12"}),
    ("a line of a sentence with a date under a headline is no byline",
     "青山县召开2019年全县残疾人工作会议\n会议于2019年3月11日在县政府召开，县长主持\n"
     "　　3月11日上午，青山县召开2019年全县残疾人工作会议，县残工委各成员单位负责人参加会议，会议部署了全年工作。\n",
     {"date": None}),
    ("a 文号 run on into the title after it (the copy lost the line break)",
     "青政文〔2017〕12号关于成立青山县控烟工作领导小组的通知\n\n各乡镇人民政府：\n  正文。\n",
     {"number": "青政文〔2017〕12号", "title": "关于成立青山县控烟工作领导小组的通知"}),
    ("a 文号 after a file-number label and a space",
     "公开范围 面向全社会\n关于调整青山镇控烟工作小组的通知\n\n文件编号 青镇政〔2021〕5号\n\n各村：\n  正文。\n",
     {"number": "青镇政〔2021〕5号"}),
    ("a law database's title run on before its fields, a site's own title line above it",
     "关于设立防汛指挥部的工作方案\n\n合集下载\n\n"
     "青山市人民政府办公室关于成立青山市防汛抗旱指挥部的通知文章属性•【制定机关】青山市人民政府办公室"
     "•【公布日期】2016.05.20•【字号】青政办发〔2016〕31号•【施行日期】2016.05.20•【效力等级】地方规范性文件正文各县区：\n",
     {"title": "青山市人民政府办公室关于成立青山市防汛抗旱指挥部的通知", "number": "青政办发〔2016〕31号",
      "date": "2016-05-20", "issuer": "青山市人民政府办公室"}),
    ("a site's publication table with labels in square brackets",
     "当前位置: 首页 >> 政策解读 >> 正文\n青山县卫健局负责人解读控烟实施意见\n"
     "[ 索  引  号 ] qs0001/2021-0000123 [ 文       号 ] [ 发布机构 ] 青山县政府办公室\n"
     "[ 成文日期 ] 2021-04-12 [ 公开日期 ] 2021-04-12\n\n问：请介绍一下实施意见的背景。\n",
     {"date": "2021-04-12", "issuer": "青山县政府办公室"}),
    ("a 文号 as a bullet of a site's attribute list",
     "  • 000123/2019-00021\n  • 通知\n  • 2019-03-08\n  • 青政〔2019〕6号\n"
     "关于印发青山县控烟办法的通知\n\n各乡镇人民政府：\n  正文。\n",
     {"number": "青政〔2019〕6号"}),
    ("a signature of a spaced-out three-character body, its date marked 签发, the release date below",
     "各有关单位：\n  正文。\n\n水 利 部\n2019年5月6日签发\n2019年5月9日发布\n（此件主动公开）\n",
     {"date": "2019-05-06", "issuer": "水利部"}),
    ("a title broken over two lines, its second run on into the 文号 and the salutation",
     "江川省人民政府关于印发江川省水污染防治\n\n“十三五”规划的通知江政发〔2016〕21号各市人民政府，省政府各部门：\n\n　　现印发给你们。\n",
     {"title": "江川省人民政府关于印发江川省水污染防治“十三五”规划的通知", "number": "江政发〔2016〕21号"}),
    ("a guide's bare title broken over two lines, a draft note below",
     "江川省无人机生产企业准入\n管理指南（试行）\n(征求意见稿)\n第一条 为加强管理，制定本指南。\n",
     {"title": "江川省无人机生产企业准入管理指南（试行）"}),
    ("a plan's title run on into its preamble after a site's page counter",
     "第1页共3页县河道保洁工作实施方案为切实做好我县河道保洁工作,根据有关规定,制订本方案。一、工作目标\n",
     {"title": "县河道保洁工作实施方案"}),
    ("a plan's title run on into its preamble after a copy's date, a space inside it",
     "下载后可编辑青石镇 狂犬病预防控制工作方案1 2023 年 5 月 8 日青石镇 狂犬病预防控制工作方案为进一步做好我镇狂犬病防控工作,特制定本方案。\n",
     {"title": "青石镇狂犬病预防控制工作方案"}),
    ("a sentence with a plan's name before 为 is no run-on title",
     "各乡镇要按照县里的统一部署认真落实本年度河道保洁工作方案为进一步改善环境打好基础,确保各项任务按时完成。\n",
     {"title": None}),
    ("a publication table's 成文日期 in brackets",
     "【发布机构】青山县人民政府【成文日期】2019-03-05\n青山县控烟办法\n第一条 总则。\n",
     {"issuer": "青山县人民政府", "date": "2019-03-05"}),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_docmeta_shapes(label: str, text: str, expected: dict[str, str | None]) -> None:
    meta = document_meta(text)
    assert {k: meta[k] for k in expected} == expected
