"""APAC: a team space written mostly in Korean, Japanese and Chinese."""

from model import att, page, space
from storage import (adf_panel, att_link, cat, children, code, emo, emoji, excerpt, expand, h, img, info,
                     jira, layout, noformat, note, ol, p, page_link, panel, status, table, tasks, time, tip,
                     toc, ul, user, warning)
from users import ID

ALICE, BOB, CHEN, DANA, EUNJI, FARID, YUKI = (ID[n] for n in
                                              ("alice", "bob", "chen", "dana", "eunji", "farid", "yuki"))


def home():
    return cat(
        h(1, "APAC 팀 스페이스 · アジア太平洋チーム · 亚太团队 " + emoji(":earth_asia:", "🌏", "1f30f")),
        excerpt(p("서울, 오사카, 선전 팀의 문서 공간입니다. Seoul, Osaka and Shenzhen teams write here in their "
                  "own languages; English summaries are at the top of each page.")),
        layout(("three_equal", [
            cat(h(3, "서울 🇰🇷"), p("인식(Perception) 팀: LiDAR, 카메라, 장애물 인식."),
                p(page_link("서울 인식팀", "APAC", "팀 페이지로 이동 &rarr;", rich=True))),
            cat(h(3, "大阪 🇯🇵"), p("倉庫運用チーム: 現場対応、充電設備、新人教育。"),
                p(page_link("大阪拠点", "APAC", "拠点ページへ"))),
            cat(h(3, "深圳 🇨🇳"), p("硬件团队：电机驱动板、供应商管理、测试。"),
                p(page_link("深圳硬件团队", "APAC", "团队主页"))),
        ])),
        p(page_link("용어집 · 用語集 · 术语表", "APAC") + " &mdash; 3개 언어 용어집 / 三言語の用語集 / 三语术语表"),
    )


def seoul():
    return cat(
        p("<em>English summary: the Seoul perception team owns LiDAR processing, obstacle detection and sensor "
          "calibration.</em>"),
        h(2, "팀 소개"),
        p("서울 인식팀은 로봇이 주변을 이해하는 모든 소프트웨어를 담당합니다. 팀장은 " + user(EUNJI)
          + "이며, 현재 엔지니어 5명이 일하고 있습니다."),
        h(2, "담당 영역"),
        ul("3D LiDAR 포인트 클라우드 처리 (지면 분리, 장애물 추출)",
           ("센서 캘리브레이션", ul("LiDAR&ndash;카메라 외부 파라미터", "휠 오도메트리 보정")),
           "야간 테스트 (매주 목요일, 성수동 테스트 창고)"),
        p("영어 설계 문서: " + page_link("Obstacle detection pipeline", "ENG") + ", "
          + page_link("LiDAR ground segmentation", "ENG") + "."),
        children(),
    )


def seoul_meeting(date, attendees, items, decisions, todo):
    return cat(
        p("일시: " + time(date) + " 10:00&ndash;10:45 (KST) &middot; 참석: " + ", ".join(attendees)),
        h(2, "안건"), ol(*items),
        h(2, "결정 사항"), ul(*decisions),
        h(2, "할 일"), tasks(*todo),
    )


def lidar_runbook():
    return cat(
        p("<em>English summary: how to recalibrate a robot's 3D LiDAR after a collision or a sensor swap.</em>"),
        warning(p("캘리브레이션 중에는 로봇 주변 2&nbsp;m 이내에 사람이 없어야 합니다."), title="안전"),
        h(2, "준비물"),
        ul("캘리브레이션 타깃 보드 (" + page_link("상세: 타깃 보드 규격", "APAC", "규격 참고") + ")",
           "노트북 + 로봇 서비스 케이블", "줄자 (5&nbsp;m 이상)"),
        h(2, "절차"),
        ol("로봇을 서비스 모드로 전환합니다: <code>fleetctl robot service R-xxx</code>",
           ("타깃 보드를 로봇 정면 2&nbsp;m, 3&nbsp;m, 4&nbsp;m 위치에 차례로 세웁니다.",
            ul("보드는 바닥과 수직이어야 합니다.", "보드 중심 높이: 0.8&nbsp;m")),
           "각 위치에서 <code>calib lidar capture</code> 를 실행합니다.",
           "<code>calib lidar solve</code> 결과의 평균 오차가 2&nbsp;cm 이하인지 확인합니다."),
        code('''
            $ calib lidar solve --robot R-207
            frames: 3  points on target: 18422
            rotation (deg):    roll  0.12  pitch -0.31  yaw  0.04
            translation (m):   x  0.412  y  0.000  z  1.083
            mean residual: 1.4 cm   OK
            ''', lang="bash", title="정상 결과 예시"),
        tip(p("오차가 크면 대부분 보드가 기울어져 있습니다. 수평계로 다시 확인하세요. " + emo("light-on"))),
    )


def target_board():
    return cat(
        p("<em>English summary: the calibration target board specification.</em>"),
        table(["항목", "규격", "허용 오차"], [
            ["크기", "1,000&nbsp;&times;&nbsp;800&nbsp;mm", "&plusmn;2&nbsp;mm"],
            ["재질", "알루미늄 복합 패널 5&nbsp;mm", "&mdash;"],
            ["반사 테이프", ("3M 다이아몬드 등급, 가장자리 50&nbsp;mm 폭", {"colspan": "2"})],
            ["중앙 마커", "ArUco 6&times;6, ID 17", "&mdash;"],
        ]),
        img("target-board-drawing.png", caption="타깃 보드 도면 (rev B)", width=480),
        p("도면 원본: " + att_link("target-board-rev-b.pdf") + "."),
    )


def seoul_onboarding():
    return cat(
        p("<em>English summary: first-week checklist for new members of the Seoul team.</em>"),
        tasks((False, "노트북 수령 및 YubiKey 등록 (" + user(FARID) + "에게 문의)"),
              (False, "영어 온보딩 문서 읽기: " + page_link("Your first week", "ENG")),
              (False, "테스트 창고 안전 교육 이수"),
              (False, "첫 번째 코드 리뷰 받기 " + emoji(":tada:", "🎉", "1f389"))),
        note(p("팀 회의는 한국어로 진행하지만, 설계 문서는 영어로 작성합니다.")),
    )


def osaka():
    return cat(
        p("<em>English summary: pages of the Osaka site team (site code osk1), in Japanese.</em>"),
        h(2, "チーム"),
        p("拠点責任者: " + user(YUKI) + "。技術者 6 名、3 交代制で運用しています。"),
        h(2, "よく使うページ"),
        ul(page_link("オンボーディング手順", "APAC"), page_link("障害対応手順: 充電ステーション", "APAC"),
           page_link("大阪倉庫 (Osaka warehouse)", "OPS", "運用スペースの拠点ページ")),
        children(),
    )


def osaka_onboarding():
    return cat(
        p("新しく配属された技術者向けの手順です。初日から 2 週間で完了してください。"),
        ol(("1 日目", ul("安全靴・ヘルメットの受け取り", "入館証の発行", "現場ツアー（約 1 時間）")),
           ("1 週目", ol("ロボットの手動停止の練習（非常停止ボタンと遠隔停止）",
                         ("充電ステーションの点検手順", ul("コネクタの目視点検", "エラーランプの確認"))),
                    ),
           ("2 週目", ul("先輩技術者と夜勤を 2 回", "バッテリー交換を監督付きで 1 回"))),
        info(p("英語の資料はエンジニアリングスペースにあります: " + page_link("Onboarding", "ENG") + "。")),
    )


def charger_runbook():
    return cat(
        p("<em>English summary: what to do when a charging station stops working.</em>"),
        adf_panel("warning", p("充電ステーションの内部には高電圧部があります。カバーを開ける前に必ずブレーカーを"
                               "落としてください。"), "osaka-charger"),
        h(2, "手順"),
        ol("ダッシュボードで該当ステーションの状態を確認する。",
           "ステーション正面のエラーランプの点滅回数を数える（" + page_link("充電ステーションのエラーコード一覧",
                                                              "APAC", "エラーコード一覧") + "）。",
           "ロボットを別のステーションに誘導する: <code>fleetctl charger disable C-osk1-07</code>",
           "ブレーカーを OFF &rarr; 30 秒待つ &rarr; ON。",
           "復旧しない場合はオンコールに連絡する。"),
        p("参考: " + page_link("PM-2024-06: Charger firmware bricked 40 docks", "OPS", "2024 年 6 月の障害報告") + "。"),
    )


def charger_codes():
    return cat(
        table(["点滅回数", "意味", "対処"], [
            ["1", "待機中（正常）", "不要"],
            ["2", "コネクタ温度異常", ("ブレーカーを落として 10 分冷却", {"rowspan": "2"})],
            ["3", "内部温度異常"],
            ["4", "通信エラー", "LAN ケーブルとスイッチを確認"],
            ["5", "ファームウェア異常", "現地で再書き込み（技術者 2 名）"],
            ["連続点灯", ("修理依頼。ステーションを無効化したままにする", {"colspan": "2"})],
        ]),
        noformat('''
            charger C-osk1-07 state=fault code=4 since=2025-03-10T02:14:55Z
            last_ok=2025-03-10T02:14:40Z fw=2.7.1 temp_conn=31C temp_int=38C
            '''),
    )


def osaka_meeting():
    return cat(
        p("日時: " + time("2025-03-10") + " 9:00&ndash;9:30 (JST)　参加者: " + user(YUKI) + "、現場技術者 4 名"),
        h(2, "議題"),
        ol("PM-2 ロボット 20 台の受け入れ準備", "充電ステーション C-osk1-07 の通信エラー", "夜勤シフトの人員"),
        h(2, "決定事項"),
        ul("PM-2 の受け入れは 5 月 19 日。前週に通路幅を再測定する。", "C-osk1-07 の LAN スイッチを交換する。"),
        h(2, "TODO"),
        tasks((True, "通路幅の測定表を作成"), (False, "LAN スイッチの交換（3 月 14 日まで）"),
              (False, "夜勤の応援要員を本社に依頼")),
    )


def shenzhen():
    return cat(
        p("<em>English summary: the Shenzhen hardware team: motor driver boards, suppliers and testing.</em>"),
        h(2, "团队职责"),
        ul("电机驱动板的设计验证和小批量试产", "供应商管理与来料检验", "与固件团队协作（负责人 " + user(CHEN) + "）"),
        h(2, "本季度重点"),
        ol("PM-2 驱动板 rev E 量产导入", "第二家 MOSFET 供应商认证", "老化测试台从 8 工位扩展到 16 工位"),
        children(),
    )


def supplier_review():
    return cat(
        p("时间：" + time("2024-12-12") + "　参加：" + user(CHEN) + "、采购部、质量部"),
        h(2, "供应商评分"),
        table(["供应商", "质量", "交期", "价格", "结论"], [
            ["供应商 A（现有）", "92", "85", "78", status("保持", "Green")],
            ["供应商 B（候选）", "88", "93", "84", status("试产认证", "Blue")],
            ["供应商 C（候选）", ("样品两次未通过老化测试", {"colspan": "3"}), status("淘汰", "Red")],
        ]),
        h(2, "待办"),
        tasks((True, "向供应商 B 下 200 片试产订单"), (False, "完成供应商 B 的工厂审核（2025 年 1 月）")),
    )


def driver_test_spec():
    return cat(
        toc(max_level=2),
        h(2, "适用范围"),
        p("本规范适用于 PM-1 和 PM-2 的电机驱动板（rev D 及以后版本）的出厂测试。"),
        h(2, "测试环境"),
        ul("环境温度 25&nbsp;&plusmn;&nbsp;3&nbsp;&deg;C", "48&nbsp;V 可编程直流电源，限流 60&nbsp;A",
           "负载电机：与整车相同型号，带惯量盘"),
        h(2, "测试流程"),
        ol("上电自检：读取心跳帧，确认状态为 ready（参见 " + page_link("Heartbeat frame (0x700)", "ENG") + "）",
           "空载速度阶跃测试", "额定负载 4 小时温升测试", "72 小时老化测试"),
        code('''
            # 自动化测试脚本（节选）
            for board in boards:
                hb = wait_heartbeat(board.node_id, timeout=2.0)
                assert hb.state == READY, f"{board.serial}: 状态异常 {hb.state}"
                result = step_response(board, target_mm_s=1000)
                assert result.overshoot < 0.12, f"{board.serial}: 超调 {result.overshoot:.0%}"
                log.info("%s 通过", board.serial)
            ''', lang="python", title="bench/run_tests.py"),
        p("详细测试用例见子页面。"),
        children(),
    )


def test_cases():
    cases = [("TC-01", "上电自检", "心跳状态 ready，固件版本正确"),
             ("TC-02", "空载阶跃响应", "超调 &lt; 12&nbsp;%，稳定时间 &lt; 300&nbsp;ms"),
             ("TC-03", "堵转保护", "200&nbsp;ms 内切断输出并上报故障码 0x31"),
             ("TC-04", "过压保护", "输入 58&nbsp;V 时停止输出"),
             ("TC-05", "CAN 总线断开", "500&nbsp;ms 内受控停车"),
             ("TC-06", "温升", "4 小时后外壳 &lt; 60&nbsp;&deg;C"),
             ("TC-07", "老化", "72 小时无复位、无故障")]
    return cat(
        table(["编号", "项目", "通过标准", "结果"],
              [[c, item, crit, status("通过", "Green") if i != 4 else status("待复测", "Yellow")]
               for i, (c, item, crit) in enumerate(cases)]),
        p("原始数据：" + att_link("rev-e-bench-results.csv") + "。"),
    )


def glossary():
    terms = [("Mission", "미션", "ミッション", "任务", "고객이 요청한 하나 이상의 이동 작업"),
             ("Task", "태스크", "タスク", "子任务", "로봇 한 대가 수행하는 한 번의 이동"),
             ("Site", "사이트", "拠点", "站点", "창고 하나"),
             ("Charger", "충전기", "充電ステーション", "充电桩", "로봇 충전 설비"),
             ("Stale robot", "응답 없는 로봇", "応答なしロボット", "失联机器人", "20초 이상 텔레메트리가 없는 로봇"),
             ("Calibration", "캘리브레이션", "キャリブレーション", "标定", "센서 위치·자세 보정"),
             ("Heartbeat", "하트비트", "ハートビート", "心跳", "컨트롤러가 100&nbsp;ms마다 보내는 생존 신호")]
    return cat(
        p("3개 언어 용어집. 三言語の用語集。三语术语表。English: " + page_link("Glossary", "ENG") + "."),
        table(["English", "한국어", "日本語", "中文", "설명"], [list(t) for t in terms]),
    )


def build():
    seoul_tree = page("서울 인식팀", seoul(), labels=["perception", "team", "seoul"], by="eunji",
                      created="2023-05-10", kids=[
        page("주간 회의록", cat(p("매주 월요일 오전 10시에 진행하는 서울 인식팀 주간 회의 기록입니다. 회의록은 회의 당일에 "
                                    "작성하고, 할 일은 Jira로 옮깁니다."), children(sort="creation")), labels=["meeting-notes"], by="eunji", created="2025-02-03",
             kids=[
            page("2025-02-03 주간 회의", seoul_meeting(
                "2025-02-03", ["김은지", "박지훈", "이서연"],
                ["오사카 지도 타일 오류 분석", "야간 테스트 일정", "신규 LiDAR 샘플 평가"],
                ["타일 체크섬 검증을 로봇 측에도 추가한다.", "야간 테스트는 목요일 유지."],
                [(True, "이서연: 체크섬 검증 PR"), (False, "박지훈: 신규 LiDAR 샘플 노이즈 측정")]),
                labels=["meeting-notes"], by="eunji", created="2025-02-03"),
            page("2025-02-10 주간 회의", seoul_meeting(
                "2025-02-10", ["김은지", "박지훈", "최민수"],
                ["신규 LiDAR 샘플 결과", "카메라 노출 문제 (냉동 창고)"],
                ["신규 LiDAR는 PM-2부터 적용 검토.", "냉동 창고용 자동 노출 프로파일 추가."],
                [(False, "최민수: 노출 프로파일 실험"), (False, "김은지: ENG 스페이스에 결과 공유")]),
                labels=["meeting-notes"], by="eunji", created="2025-02-10"),
        ]),
        page("라이다 캘리브레이션 런북", lidar_runbook(), labels=["runbook", "lidar", "calibration"], by="eunji",
             kids=[page("상세: 타깃 보드 규격", target_board(), labels=["lidar", "calibration", "reference"], by="eunji",
                        attachments=[att("target-board-drawing.png", 88120), att("target-board-rev-b.pdf", 240551)])]),
        page("신규 입사자 안내", seoul_onboarding(), labels=["onboarding", "seoul"], by="eunji"),
    ])
    osaka_tree = page("大阪拠点", osaka(), labels=["osaka", "team"], by="yuki", created="2023-10-05", kids=[
        page("オンボーディング手順", osaka_onboarding(), labels=["onboarding", "osaka"], by="yuki"),
        page("障害対応手順: 充電ステーション", charger_runbook(), labels=["runbook", "osaka", "charger"], by="yuki",
             kids=[page("充電ステーションのエラーコード一覧", charger_codes(), labels=["charger", "reference"],
                        by="yuki")]),
        page("2025-03-10 週次ミーティング", osaka_meeting(), labels=["meeting-notes", "osaka"], by="yuki",
             created="2025-03-10"),
    ])
    shenzhen_tree = page("深圳硬件团队", shenzhen(), labels=["hardware", "team", "shenzhen"], by="chen",
                         created="2023-07-03", kids=[
        page("供应商评审记录 2024-12", supplier_review(), labels=["meeting-notes", "suppliers"], by="chen",
             created="2024-12-12"),
        page("电机驱动板测试规范", driver_test_spec(), labels=["design-doc", "testing", "hardware"], by="chen", kids=[
            page("测试用例清单", test_cases(), labels=["testing", "hardware"], by="chen",
                 attachments=[att("rev-e-bench-results.csv", 45110)]),
        ]),
    ])
    home_page = page("APAC 홈 · ホーム · 主页", home(), labels=["home"], by="eunji", created="2023-05-10",
                     kids=[seoul_tree, osaka_tree, shenzhen_tree,
                           page("용어집 · 用語集 · 术语表", glossary(), labels=["onboarding", "glossary"], by="yuki")])
    return space("APAC", "APAC 팀 · アジア太平洋 · 亚太团队",
                 "서울·오사카·선전 팀 문서 / Seoul, Osaka and Shenzhen team pages in Korean, Japanese and Chinese.",
                 by="eunji", created="2023-05-10", until="2025-10-31", roots=[home_page])
