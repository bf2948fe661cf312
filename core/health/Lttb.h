#pragma once

#include <span>

#include <QList>
#include <QPointF>

namespace core {

// Largest-Triangle-Three-Buckets downsampling (Sveinn Steinarsson, "Downsampling Time Series for
// Visual Representation", University of Iceland, 2013): thins a series to at most
// `maxPoints` points that keep its visual shape (peaks, dips), so a chart never holds more points than
// it has pixels.
//
// The first and last points are always kept. The points between are split by index into maxPoints - 2
// buckets of (nearly) equal count; from each bucket the point is kept that forms the largest triangle
// with the point kept from the previous bucket and the average of the next bucket (the last point for the
// last bucket). On a tie the earlier point wins. The result is a subsequence of the input, in input
// order, so x stays sorted if it was. Buckets go by index, not by x: the input is expected sorted by x
// (time series are), and evenly spaced for the best picture.
//
// Sizes: with n input points, the result has min(n, maxPoints) points for maxPoints >= 3; input with
// n <= maxPoints comes back unchanged. For maxPoints < 3 (no room for a bucket) the result still has at
// most maxPoints points: maxPoints <= 0 gives none, 1 the first point, 2 the first and last. O(n) time,
// O(maxPoints) extra memory (the result; downsample() also builds its index list first).
class Lttb final
{
public:
    Lttb() = delete;

    [[nodiscard]] static QList<QPointF> downsample(std::span<const QPointF> points, qsizetype maxPoints);
    // The same choice as indices into `points` (ascending), e.g. to map a chart point back to its sample.
    [[nodiscard]] static QList<qsizetype> selectIndices(std::span<const QPointF> points, qsizetype maxPoints);
};

} // namespace core
