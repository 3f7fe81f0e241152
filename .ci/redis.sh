# Sourced by .ci/run: starts a standalone redis-server and a 3-master Redis Cluster on free
# loopback ports (no persistence, in a temp folder), exports their addresses for the tests
# (STORYTRACE_REDIS_URL, STORYTRACE_REDIS_CLUSTER; see test/stores/redis-servers.ts) and stops
# them when the calling shell exits. Tests that kill servers still start their own.

REDIS_CI_DIR=""
REDIS_CI_PIDS=()

stop_ci_redis() {
  local pid
  for pid in "${REDIS_CI_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${REDIS_CI_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  REDIS_CI_PIDS=()
  if [ -n "$REDIS_CI_DIR" ]; then rm -rf "$REDIS_CI_DIR"; fi
}

# A port is taken when something accepts a connection on it.
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Next free port at or after $1 whose cluster-bus twin (+10000) is free too.
free_port() {
  local port=$1
  while port_taken "$port" || port_taken $((port + 10000)); do port=$((port + 1)); done
  echo "$port"
}

# start_ci_redis_server PORT [redis-server options…]: starts one server and waits for PONG.
start_ci_redis_server() {
  local port=$1 waited=0
  shift
  mkdir -p "$REDIS_CI_DIR/$port"
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$REDIS_CI_DIR/$port" \
    --logfile "$REDIS_CI_DIR/$port/redis.log" "$@" &
  REDIS_CI_PIDS+=($!)
  until [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = PONG ]; do
    waited=$((waited + 1))
    if [ "$waited" -gt 100 ]; then echo "redis-server on port $port did not start:" >&2; cat "$REDIS_CI_DIR/$port/redis.log" >&2; return 1; fi
    sleep 0.1
  done
}

start_ci_redis() {
  REDIS_CI_DIR=$(mktemp -d "${TMPDIR:-/tmp}/storytrace-ci-redis.XXXXXX")
  trap stop_ci_redis EXIT
  local standalone nodes=() port=26400 i state waited=0
  standalone=$(free_port "$port")
  start_ci_redis_server "$standalone"
  port=$((standalone + 1))
  for i in 1 2 3; do
    port=$(free_port "$port")
    start_ci_redis_server "$port" --cluster-enabled yes --cluster-config-file nodes.conf --cluster-node-timeout 5000
    nodes+=("127.0.0.1:$port")
    port=$((port + 1))
  done
  redis-cli --cluster create "${nodes[@]}" --cluster-replicas 0 --cluster-yes >/dev/null
  until state=$(redis-cli -h 127.0.0.1 -p "${nodes[0]#*:}" cluster info | tr -d '\r' | sed -n 's/^cluster_state://p') && [ "$state" = ok ]; do
    waited=$((waited + 1))
    if [ "$waited" -gt 200 ]; then echo "the CI Redis Cluster did not reach cluster_state:ok (state: $state)" >&2; return 1; fi
    sleep 0.1
  done
  export STORYTRACE_REDIS_URL="redis://127.0.0.1:$standalone"
  export STORYTRACE_REDIS_CLUSTER
  STORYTRACE_REDIS_CLUSTER=$(IFS=,; echo "${nodes[*]}")
  echo "CI Redis: standalone $STORYTRACE_REDIS_URL, cluster $STORYTRACE_REDIS_CLUSTER" >&2
}
