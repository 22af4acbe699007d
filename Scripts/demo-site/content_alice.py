"""~alice: Alice Nakamura's personal space."""

from model import att, page, space
from storage import (att_link, cat, children, code, comment, emo, emoji, excerpt, expand, h, info, jira, note,
                     ol, p, page_link, panel, placeholder, status, table, tasks, time, tip, ul, url_link, user)
from users import ID

ALICE, BOB = ID["alice"], ID["bob"]


def home():
    return cat(
        p("Hi, I'm Alice " + emoji(":wave:", "👋", "1f44b") + " &mdash; staff engineer on Platform. This is my "
          "scratch space: half-baked notes, things I learned, and 1:1 notes I share with my manager."),
        panel(p("Nothing here is official. Official things live in "
                + page_link("Engineering Home", "ENG", "the Engineering space") + "."),
              bg="#F4F5F7"),
        p("Most visited: " + page_link("Reading list") + " and " + page_link("TIL", text="my TIL notes") + "."),
        children(depth=2),
    )


def reading_list():
    books = [("Designing Data-Intensive Applications", "Kleppmann", True, "chapter 9 again before ADR-009"),
             ("Site Reliability Engineering", "Beyer et al.", True, "the postmortem chapter shaped our template"),
             ("Planning Algorithms", "LaValle", False, "free online; chapters 5 and 8"),
             ("The Art of Multiprocessor Programming", "Herlihy, Shavit", False, "for the scheduler hand-over"),
             ("ロボット工学の基礎 (Fundamentals of Robotics)", "川崎 晴久", False, "a gift from Yuki")]
    return cat(
        table(["Book", "Author", "Read", "Why"],
              [[b, a, emo("tick") if done else emo("question"), why] for b, a, done, why in books]),
        p("Papers: " + url_link("https://arxiv.org/list/cs.RO/recent", "arXiv cs.RO") + ", mostly multi-robot "
          "task allocation."),
    )


def one_on_one(date, topics, notes, actions):
    return cat(
        p(time(date) + " &middot; " + user(ALICE) + " and " + user(BOB)),
        h(2, "Topics"), ul(*topics),
        h(2, "Notes"), p(notes),
        h(2, "Actions"), tasks(*actions),
    )


def til_locks():
    return cat(
        excerpt(p("Postgres advisory locks are tied to the session, so a connection pool can hide who holds one.")),
        code('''
            -- session-level: held until released or the connection closes
            SELECT pg_try_advisory_lock(hashtext('fleet-scheduler'));

            -- who holds it?
            SELECT l.pid, a.application_name, a.client_addr, a.backend_start
              FROM pg_locks l JOIN pg_stat_activity a USING (pid)
             WHERE l.locktype = 'advisory';
            ''', lang="sql", title="advisory locks"),
        note(p("With PgBouncer in transaction mode, session locks do not work at all. fleet-control's leader "
               "election uses a dedicated connection outside the pool for this reason.")),
    )


def til_jq():
    return cat(
        p("jq recipes I keep looking up."),
        code('''
            # robots grouped by state, counted
            fleetctl robots --site rtm1 -o json | jq 'group_by(.state) | map({state: .[0].state, n: length})'

            # missions slower than 10 minutes
            jq -c '.results[] | select((.doneAt | fromdate) - (.createdAt | fromdate) > 600) | .id' missions.json

            # flatten nested labels into one CSV line per page
            jq -r '.[] | [.id, .title, (.labels | join(";"))] | @csv' pages.json
            ''', lang="bash", title="jq"),
    )


def til_worktrees():
    return cat(
        p("Reviewing a colleague's branch without stashing my own work:"),
        code('''
            git worktree add ../review-4521 origin/feature/scheduler-handover
            cd ../review-4521 && bazel test //services/scheduler/...
            cd - && git worktree remove ../review-4521
            ''', lang="bash", title="git worktree"),
        tip(p("Bazel output bases are per workspace directory, so the first build in a new worktree is cold. "
              "The remote cache makes it bearable.")),
    )


def talk_outline():
    return cat(
        p("Outline for my talk at the Tokyo logistics tech meetup, " + time("2025-11-06") + ". Slides: "
          + att_link("robots-at-scale-draft.pptx", "draft deck") + "."),
        ol(("Why warehouses are hard for robots",
            ul("people, pallets and trucks share the floor,", "Wi-Fi designed for handheld scanners.")),
           ("What a fleet scheduler does, in one picture", ul("ticks, scores, assignments")),
           ("Three incidents that taught us something",
            ol("the queue stall (synchronous publish)", "the charger rollout (no canary)",
               "the map tiles (non-atomic writes)")),
           "Questions"),
        p(comment("talk-length", "Probably too much for 25 minutes") + "; cut one incident if the rehearsal runs long."),
        p("Japanese title for the programme: 「倉庫ロボット 1,000 台を動かす: スケジューラと障害から学んだこと」"),
    )


def handover_ideas():
    return cat(
        p(status("Thinking", "Purple") + " Notes towards " + page_link("ADR-009: Multi-site missions (proposed)",
                                                                       "ENG", "ADR-009") + "."),
        ul("Two-phase hand-over: request, then acknowledge; the robot keeps driving towards the transfer point.",
           "If the destination does not acknowledge in 10&nbsp;s, the source keeps ownership and retries.",
           ("Open: what if the source leader changes mid hand-over?",
            ul("store hand-over state in Postgres, not memory,", "the new leader resumes from the stored state."))),
        expand("Rejected: a global scheduler", p("One leader for all sites of a region makes every site depend on "
                                                 "the slowest one. No.")),
        p(placeholder("Write up the failure cases as a table")),
    )


def build():
    ones = page("1:1 notes with Bob", cat(p("Monthly, 45 minutes, topics agreed the day before. Shared with " + user(BOB) + "."),
                    children(sort="creation")),
                labels=["1on1", "meeting-notes"], by="alice", created="2024-11-05", kids=[
        page("2024-11-05 1:1", one_on_one(
            "2024-11-05", ["Promotion case", "On-call load", "ARB backlog"],
            "Bob thinks the case is strong on technical leadership and weaker on cross-team influence. The "
            "multi-site work would cover that.",
            [(True, "Alice: ask Dana to co-own the multi-site discovery"), (False, "Bob: on-call numbers by team")]),
            labels=["1on1", "meeting-notes"], by="alice", created="2024-11-05"),
        page("2025-01-14 1:1", one_on_one(
            "2025-01-14", ["Q1 goals", "Talk proposal for Tokyo", "Mentoring Eun-ji's new hire"],
            "Agreed: ADR-009 draft by end of February, the talk is fine if it does not leak customer names.",
            [(True, "Alice: submit talk proposal"), (False, "Alice: ADR-009 draft")]),
            labels=["1on1", "meeting-notes"], by="alice", created="2025-01-14"),
    ])
    til = page("TIL", cat(p("Today I learned. Short notes, newest at the bottom."), children()),
               labels=["til"], by="alice", created="2024-02-01", kids=[
        page("TIL: Postgres advisory locks and connection pools", til_locks(), labels=["til", "postgres"],
             by="alice", created="2024-02-01"),
        page("TIL: jq recipes", til_jq(), labels=["til", "cli"], by="alice", created="2024-05-17"),
        page("TIL: git worktrees for reviews", til_worktrees(), labels=["til", "git"], by="alice",
             created="2024-08-30"),
    ])
    home_page = page("Alice Nakamura", home(), labels=["personal"], by="alice", created="2023-02-15", kids=[
        page("Reading list", reading_list(), labels=["books"], by="alice", created="2023-03-01", version=14),
        ones, til,
        page("Talk: Robots at scale (outline)", talk_outline(), labels=["talk"], by="alice", created="2025-07-21",
             attachments=[att("robots-at-scale-draft.pptx", 5120334, "v0.3")]),
        page("Scheduler hand-over ideas", handover_ideas(), labels=["design-doc", "scheduler"], by="alice",
             created="2025-03-28"),
    ])
    loose = page("Scratch: conference expenses 2025", cat(
        table(["Item", "Amount", "Receipt"], [
            ["Flight AMS&rarr;HND", "&euro;1,120", emo("tick")], ["Hotel, 4 nights", "&yen;86,400", emo("tick")],
            ["Meetup dinner", "&yen;12,000", emo("cross")]]),
        p("Submit before " + time("2025-12-15") + ".")), labels=["personal"], by="alice", created="2025-09-02")
    return space("~alice", "Alice Nakamura", "Alice's personal notes.", by="alice", created="2023-02-15",
                 until="2025-10-31", roots=[home_page, loose], type_="personal", line_breaks=True)
