#include "core/health/Lttb.h"

#include <algorithm>
#include <cmath>

namespace core {

QList<qsizetype> Lttb::selectIndices(std::span<const QPointF> points, qsizetype maxPoints)
{
    const auto n = static_cast<qsizetype>(points.size());
    QList<qsizetype> kept;
    if (n <= maxPoints) {
        kept.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            kept.append(i);
        return kept;
    }
    if (maxPoints <= 0)
        return kept;
    kept.reserve(maxPoints);
    kept.append(0);
    if (maxPoints == 1)
        return kept;

    // Bucket i (0-based) of the points between first and last is [floor(i * every) + 1,
    // floor((i + 1) * every) + 1) with every = (n - 2) / buckets: the thesis's bounds, computed in
    // integers so that the last bucket ends exactly at n - 1. Every bucket holds at least one point, as
    // n - 2 > buckets here.
    const qsizetype buckets = maxPoints - 2;
    const auto bucketStart = [n, buckets](qsizetype bucket) { return bucket * (n - 2) / buckets + 1; };

    qsizetype a = 0; // the point kept from the previous bucket
    for (qsizetype bucket = 0; bucket < buckets; ++bucket) {
        // The average of the next bucket; for the last bucket, that is the last point.
        const qsizetype nextFrom = bucketStart(bucket + 1);
        const qsizetype nextTo = std::min(bucketStart(bucket + 2), n);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype j = nextFrom; j < nextTo; ++j) {
            avgX += points[static_cast<std::size_t>(j)].x();
            avgY += points[static_cast<std::size_t>(j)].y();
        }
        const auto nextCount = static_cast<double>(nextTo - nextFrom);
        avgX /= nextCount;
        avgY /= nextCount;

        const QPointF pa = points[static_cast<std::size_t>(a)];
        const qsizetype from = bucketStart(bucket);
        const qsizetype to = std::min(bucketStart(bucket + 1), n - 1);
        double maxArea = -1;
        qsizetype chosen = from;
        for (qsizetype j = from; j < to; ++j) {
            const QPointF pb = points[static_cast<std::size_t>(j)];
            // Twice the triangle's area; the factor does not change which point wins.
            const double area =
                std::abs((pa.x() - avgX) * (pb.y() - pa.y()) - (pa.x() - pb.x()) * (avgY - pa.y()));
            if (area > maxArea) {
                maxArea = area;
                chosen = j;
            }
        }
        kept.append(chosen);
        a = chosen;
    }

    kept.append(n - 1);
    return kept;
}

QList<QPointF> Lttb::downsample(std::span<const QPointF> points, qsizetype maxPoints)
{
    const QList<qsizetype> indices = selectIndices(points, maxPoints);
    QList<QPointF> result;
    result.reserve(indices.size());
    for (const qsizetype i : indices)
        result.append(points[static_cast<std::size_t>(i)]);
    return result;
}

} // namespace core
