import { readFileSync } from "node:fs";

/** Busy CPU seconds of the whole machine (all processes, all cores) from /proc/stat; null where there is no /proc. */
function machineBusySeconds(): number | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** CPU spent while a measurement runs: this process, and the machine as a whole (PostgreSQL's backends included). */
export function startCpuMeter(): () => string {
  const process0 = process.cpuUsage();
  const machine0 = machineBusySeconds();
  return () => {
    const own = process.cpuUsage(process0);
    const node = (own.user + own.system) / 1e6;
    const machine1 = machineBusySeconds();
    const machine = machine0 === null || machine1 === null ? "" : `, machine ${(machine1 - machine0).toFixed(1)} core-s (others: ${(machine1 - machine0 - node).toFixed(1)})`;
    return `CPU: Node ${node.toFixed(1)} s${machine}`;
  };
}
