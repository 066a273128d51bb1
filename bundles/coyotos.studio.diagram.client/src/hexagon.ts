/**
 * The endpoint hexagon's geometry, shared by its view and by the anchor that makes edges end on its
 * outline (sprotty's rectangle or ellipse anchors would stop short of, or inside, the slanted sides).
 */
import { Bounds, GConnectableElement, Point } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { IAnchorComputer, PolylineEdgeRouter } from 'sprotty';

export const HEXAGON_ANCHOR_KIND = 'coyotos-hexagon';

/** Corners of a hexagon pointed left and right, filling a box of the given size, clockwise from top left. */
export function hexagonCorners(width: number, height: number): Point[] {
    const inset = Math.min(width / 2, height / 2, 18);
    return [
        { x: inset, y: 0 },
        { x: width - inset, y: 0 },
        { x: width, y: height / 2 },
        { x: width - inset, y: height },
        { x: inset, y: height },
        { x: 0, y: height / 2 }
    ];
}

@injectable()
export class HexagonAnchor implements IAnchorComputer {
    get kind(): string {
        return `${PolylineEdgeRouter.KIND}:${HEXAGON_ANCHOR_KIND}`;
    }

    /** Where the ray from the centre towards `refPoint` leaves the hexagon, pushed out by `offset`. */
    getAnchor(connectable: GConnectableElement, refPoint: Point, offset = 0): Point {
        const bounds = connectable.bounds;
        const c = Bounds.center(bounds);
        const dx = refPoint.x - c.x;
        const dy = refPoint.y - c.y;
        const length = Math.hypot(dx, dy) || 1;
        const corners = hexagonCorners(bounds.width, bounds.height).map(p => ({ x: p.x + bounds.x, y: p.y + bounds.y }));
        let best = Infinity;
        corners.forEach((a, i) => {
            const b = corners[(i + 1) % corners.length];
            const t = rayHitsSegment(c, { x: dx / length, y: dy / length }, a, b);
            if (t !== undefined && t < best) {
                best = t;
            }
        });
        const distance = (Number.isFinite(best) ? best : 0) + offset;
        return { x: c.x + (dx / length) * distance, y: c.y + (dy / length) * distance };
    }
}

/** Distance along the unit ray (origin, dir) to segment a–b, if it hits. */
function rayHitsSegment(origin: Point, dir: Point, a: Point, b: Point): number | undefined {
    const ex = b.x - a.x;
    const ey = b.y - a.y;
    const denominator = dir.x * ey - dir.y * ex;
    if (Math.abs(denominator) < 1e-9) {
        return undefined;
    }
    const ax = a.x - origin.x;
    const ay = a.y - origin.y;
    const t = (ax * ey - ay * ex) / denominator;
    const u = (ax * dir.y - ay * dir.x) / denominator;
    return t >= 0 && u >= 0 && u <= 1 ? t : undefined;
}
