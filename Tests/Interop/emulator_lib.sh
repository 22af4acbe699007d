# Sourced (not run) by Tests/Interop/preview_vs_reader.sh and Benchmarks/ingest.sh: starts and stops loopback
# emulators and reads the URLs each prints.
#
#   start_emulator BINARY LOG ARGS...   starts `BINARY ARGS... --port 0` in the background with its output in LOG;
#                                       sets EMU_PID, EMU_BASE_URL (e.g. http://127.0.0.1:PORT) and EMU_SITE_URL
#                                       (Cloud: .../wiki; Data Center: the base URL); returns 1 if it dies or is slow
#   stop_emulator PID                   SIGTERM, a bounded wait, then SIGKILL
#   stop_all_emulators                  stops every emulator started here (call it from an EXIT trap)
#
#   EMULATOR_START_SECONDS   how long to wait for the printed URLs (default 120: a synthetic site takes a moment)

EMULATOR_PIDS=()

start_emulator() {
  local binary="$1" log="$2"
  shift 2
  local unbuffer=()
  if command -v stdbuf >/dev/null 2>&1; then unbuffer=(stdbuf -oL -eL); fi
  "${unbuffer[@]}" "$binary" "$@" --port 0 >"$log" 2>&1 &
  EMU_PID=$!
  EMULATOR_PIDS+=("$EMU_PID")
  local deadline=$((SECONDS + ${EMULATOR_START_SECONDS:-120}))
  until grep -q '^site URL: ' "$log" 2>/dev/null; do
    if ! kill -0 "$EMU_PID" 2>/dev/null; then
      echo "emulator exited before serving ($binary $*):" >&2
      sed 's/^/  /' "$log" >&2
      return 1
    fi
    if ((SECONDS > deadline)); then
      echo "emulator printed no site URL within ${EMULATOR_START_SECONDS:-120} s ($binary $*)" >&2
      return 1
    fi
    sleep 0.1
  done
  EMU_BASE_URL="$(sed -n 's/^base URL: //p' "$log" | head -n 1)"
  EMU_SITE_URL="$(sed -n 's/^site URL: //p' "$log" | head -n 1)"
}

stop_emulator() {
  local pid="$1"
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_all_emulators() {
  local pid
  for pid in "${EMULATOR_PIDS[@]}"; do stop_emulator "$pid"; done
  EMULATOR_PIDS=()
}
