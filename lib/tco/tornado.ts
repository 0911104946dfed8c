import { CONSTANT_COUNT, createWorkspace, deriveConstants, evaluateBidCost } from "@/lib/tco/bid-kernel";
import type { CompiledScenario } from "@/lib/tco/compile-scenario";
import type { TornadoBar } from "@/lib/tco/tco-result";

/**
 * MODEL.md §5 tornado: for each ranged input that can move a bid's TCO (shared inputs and the
 * bid's own), the bid's TCO with that input at low and at high, all others at mode. Bars are
 * grouped by bid in input order and sorted by swing |high − low|, largest first (ties by path).
 */
export function tornado(c: CompiledScenario): TornadoBar[] {
  const p = Float64Array.from(c.params);
  const K = new Float64Array(CONSTANT_COUNT);
  const ws = createWorkspace(c.termMonths + 1);
  const tcoAt = (b: number, slot: number, value: number) => {
    const saved = p[slot];
    p[slot] = value;
    deriveConstants(p, K);
    const t = evaluateBidCost(c, p, K, b, ws);
    p[slot] = saved;
    return t;
  };
  const bars: TornadoBar[] = [];
  c.bidIds.forEach((bidId, b) => {
    const mine = c.ranges
      .filter((r) => r.owner === -1 || r.owner === b)
      .map((r) => ({ bidId, input: r.path, low: tcoAt(b, r.slot, r.low), high: tcoAt(b, r.slot, r.high) }));
    mine.sort((x, y) => Math.abs(y.high - y.low) - Math.abs(x.high - x.low) || (x.input < y.input ? -1 : x.input > y.input ? 1 : 0));
    bars.push(...mine);
  });
  return bars;
}
