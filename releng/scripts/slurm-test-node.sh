#!/usr/bin/env bash
# A one-node SLURM for tests (Debian's slurmctld, slurmd, slurm-client and munge packages, no
# systemd). Must run as root.
#   releng/scripts/slurm-test-node.sh start DIR   writes DIR/slurm.conf, starts munged (if not
#                                                 already answering), slurmctld and slurmd, waits
#                                                 for the node to be idle and prints the path of
#                                                 slurm.conf (export it as SLURM_CONF)
#   releng/scripts/slurm-test-node.sh stop DIR    stops the slurmctld and slurmd started for DIR
# Ports: SLURM_TEST_CTLD_PORT (default 6817) and SLURM_TEST_SLURMD_PORT (default 6818).
# A DIR whose daemons are still running is reused.
set -euo pipefail
cmd="${1:-}"; dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2; exit 2
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
conf="$dir/slurm.conf"
ctld_port="${SLURM_TEST_CTLD_PORT:-6817}"
slurmd_port="${SLURM_TEST_SLURMD_PORT:-6818}"

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_pid() {
  local f="$1" pid i
  alive "$f" || { rm -f "$f"; return 0; }
  pid="$(cat "$f")"
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  # a slurmd stuck registering does not always answer SIGTERM
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$f"
}

if [ "$cmd" = stop ]; then
  stop_pid "$dir/slurmd.pid"
  stop_pid "$dir/slurmctld.pid"
  exit 0
fi
[ "$cmd" = start ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

for b in munged slurmctld slurmd sinfo; do
  command -v "$b" >/dev/null 2>&1 || [ -x "/usr/sbin/$b" ] || { echo "$b is not installed (apt-get install slurmctld slurmd slurm-client munge)" >&2; exit 3; }
done
[ "$(id -u)" = 0 ] || { echo "the test SLURM must be started as root" >&2; exit 3; }
export PATH="$PATH:/usr/sbin:/sbin"

# munge: key, runtime folder, daemon
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  mkdir -p /etc/munge /var/lib/munge /var/log/munge /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    if command -v mungekey >/dev/null 2>&1; then mungekey --create --keyfile=/etc/munge/munge.key --force
    else dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null; fi
  fi
  chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge
  chmod 0700 /etc/munge; chmod 0400 /etc/munge/munge.key; chmod 0755 /run/munge
  su -s /bin/sh munge -c munged || runuser -u munge -- munged
  for i in $(seq 1 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge >/dev/null || { echo "munged did not start" >&2; exit 4; }
fi

mkdir -p "$dir/state" "$dir/spool" "$dir/log"
cat > "$conf" <<CONF
ClusterName=fluoritetest
SlurmctldHost=localhost
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$dir/log/jobcomp.txt
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ReturnToService=2
MinJobAge=600
DefMemPerCPU=256
KillWait=5
InactiveLimit=0
NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 RealMemory=4000 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$conf"

if ! alive "$dir/slurmctld.pid"; then
  rm -f "$dir/slurmctld.pid"
  slurmctld -c -f "$conf"
fi
if ! alive "$dir/slurmd.pid"; then
  rm -f "$dir/slurmd.pid"
  slurmd -N localhost -f "$conf"
fi
state=""
for i in $(seq 1 150); do
  state="$(timeout 5 sinfo -h -o %T 2>/dev/null | head -n 1 || true)"
  case "$state" in idle|mixed|allocated) break ;; esac
  sleep 0.2
done
case "$state" in
  idle|mixed|allocated) ;;
  *) echo "the SLURM node did not become idle (state '${state}'); see $dir/log" >&2; exit 5 ;;
esac
echo "$conf"
