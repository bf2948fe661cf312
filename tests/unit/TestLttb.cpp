#include <cmath>

#include <QTest>

#include "core/health/Lttb.h"

using namespace Qt::StringLiterals;
using core::Lttb;

namespace {

// x = index, y from the list.
QList<QPointF> series(const QList<double> &ys)
{
    QList<QPointF> points;
    points.reserve(ys.size());
    for (qsizetype i = 0; i < ys.size(); ++i)
        points.append(QPointF(static_cast<double>(i), ys.at(i)));
    return points;
}

// A wavy, noisy, deterministic series of n points, one a second from x0.
QList<QPointF> wavy(qsizetype n, double x0 = 1714557600.0)
{
    QList<QPointF> points;
    points.reserve(n);
    quint32 state = 12345;
    for (qsizetype i = 0; i < n; ++i) {
        state = state * 1664525u + 1013904223u;
        const double noise = static_cast<double>(state >> 8) / static_cast<double>(1u << 24);
        const auto x = static_cast<double>(i);
        points.append(QPointF(x0 + x, 100.0 + 40.0 * std::sin(x / 50.0) + 10.0 * noise));
    }
    return points;
}

} // namespace

class TestLttb : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswer_data();
    void knownAnswer();
    void smallInputsUnchanged_data();
    void smallInputsUnchanged();
    void outputSize_data();
    void outputSize();
    void spikeIsPreserved_data();
    void spikeIsPreserved();
    void keepsOrderAndPoints();
    void belowThree_data();
    void belowThree();
};

void TestLttb::knownAnswer_data()
{
    QTest::addColumn<QList<double>>("ys"); // x = index
    QTest::addColumn<qsizetype>("maxPoints");
    QTest::addColumn<QList<qsizetype>>("indices");

    // n = 5, one bucket {1, 2, 3}; the next "bucket" is the last point (4, 0). With a = (0, 0) and
    // c = (4, 0), the area grows with |y|: index 2 (y = 5).
    QTest::newRow("one bucket picks the peak")
        << QList<double>{0, 1, 5, 2, 0} << qsizetype(3) << QList<qsizetype>{0, 2, 4};
    // n = 8, two buckets: {1, 2, 3} and {4, 5, 6}, every = 3.
    // Bucket 1: a = (0, 0), c = average of 4, 5, 6 = (5, 6); twice the area = |6x - 5y|:
    //   index 1 (1, 2): 4, index 2 (2, 0): 12, index 3 (3, -1): 23 -> index 3. Neither the highest y
    //   (index 1) nor what the next bucket's first point (4, 0) would pick (4|y|: index 1).
    // Bucket 2: a = (3, -1), c = (7, 0); twice the area = |x - 4y - 7|:
    //   index 4 (4, 0): 3, index 5 (5, 0): 2, index 6 (6, 18): 73 -> index 6.
    QTest::newRow("the next bucket's average decides")
        << QList<double>{0, 2, 0, -1, 0, 0, 18, 0} << qsizetype(4) << QList<qsizetype>{0, 3, 6, 7};
    // A straight line: every triangle is flat (area 0), so each bucket keeps its first point.
    // n = 7, three buckets of every = 5/3: {1}, {2, 3}, {4, 5}.
    QTest::newRow("a tie keeps the earlier point")
        << QList<double>{0, 1, 2, 3, 4, 5, 6} << qsizetype(5) << QList<qsizetype>{0, 1, 2, 4, 6};
}

void TestLttb::knownAnswer()
{
    QFETCH(QList<double>, ys);
    QFETCH(qsizetype, maxPoints);
    QFETCH(QList<qsizetype>, indices);

    const QList<QPointF> points = series(ys);
    QCOMPARE(Lttb::selectIndices(points, maxPoints), indices);

    QList<QPointF> expected;
    for (const qsizetype i : indices)
        expected << points.at(i);
    QCOMPARE(Lttb::downsample(points, maxPoints), expected);
}

void TestLttb::smallInputsUnchanged_data()
{
    QTest::addColumn<qsizetype>("n");
    QTest::addColumn<qsizetype>("maxPoints");

    QTest::newRow("empty") << qsizetype(0) << qsizetype(3);
    QTest::newRow("one point") << qsizetype(1) << qsizetype(3);
    QTest::newRow("two points") << qsizetype(2) << qsizetype(3);
    QTest::newRow("exactly maxPoints") << qsizetype(10) << qsizetype(10);
    QTest::newRow("fewer than maxPoints") << qsizetype(5) << qsizetype(1920);
    QTest::newRow("two points, maxPoints 2") << qsizetype(2) << qsizetype(2);
}

void TestLttb::smallInputsUnchanged()
{
    QFETCH(qsizetype, n);
    QFETCH(qsizetype, maxPoints);

    const QList<QPointF> points = wavy(n);
    QCOMPARE(Lttb::downsample(points, maxPoints), points);
}

void TestLttb::outputSize_data()
{
    QTest::addColumn<qsizetype>("n");
    QTest::addColumn<qsizetype>("maxPoints");

    QTest::newRow("100 to 3") << qsizetype(100) << qsizetype(3);
    QTest::newRow("100 to 10") << qsizetype(100) << qsizetype(10);
    QTest::newRow("100 to 99") << qsizetype(100) << qsizetype(99);
    QTest::newRow("11 to 10 (buckets of one and two)") << qsizetype(11) << qsizetype(10);
    QTest::newRow("1001 to 7 (uneven buckets)") << qsizetype(1001) << qsizetype(7);
    QTest::newRow("a day of seconds to 1920 px") << qsizetype(86'400) << qsizetype(1920);
}

void TestLttb::outputSize()
{
    QFETCH(qsizetype, n);
    QFETCH(qsizetype, maxPoints);

    const QList<QPointF> points = wavy(n);
    const QList<QPointF> result = Lttb::downsample(points, maxPoints);
    QCOMPARE(result.size(), maxPoints);
    QCOMPARE(result.first(), points.first());
    QCOMPARE(result.last(), points.last());
}

void TestLttb::spikeIsPreserved_data()
{
    QTest::addColumn<qsizetype>("at");
    QTest::addColumn<double>("height");

    QTest::newRow("spike up in the middle") << qsizetype(537) << 100.0;
    QTest::newRow("dip down in the middle") << qsizetype(537) << -100.0;
    QTest::newRow("spike next to the first point") << qsizetype(1) << 100.0;
    QTest::newRow("spike next to the last point") << qsizetype(998) << 100.0;
}

void TestLttb::spikeIsPreserved()
{
    QFETCH(qsizetype, at);
    QFETCH(double, height);

    // 1,000 points of a gently noisy flat line with one sample far off, thinned to 20.
    QList<QPointF> points = wavy(1000, 0.0);
    for (QPointF &p : points)
        p.setY(std::fmod(p.y(), 1.0));
    points[at].setY(height);

    const QList<qsizetype> kept = Lttb::selectIndices(points, 20);
    QCOMPARE(kept.size(), 20);
    QVERIFY2(kept.contains(at), qPrintable(u"spike at %1 lost"_s.arg(at)));
}

void TestLttb::keepsOrderAndPoints()
{
    const QList<QPointF> points = wavy(5000);
    const QList<qsizetype> kept = Lttb::selectIndices(points, 300);
    const QList<QPointF> result = Lttb::downsample(points, 300);
    QCOMPARE(kept.size(), 300);
    QCOMPARE(result.size(), kept.size());

    for (qsizetype i = 0; i < kept.size(); ++i) {
        // Each kept point is an input point, at its index.
        QCOMPARE(result.at(i), points.at(kept.at(i)));
        if (i > 0) {
            QVERIFY2(kept.at(i) > kept.at(i - 1), qPrintable(u"index %1 not after %2"_s.arg(i).arg(i - 1)));
            QVERIFY2(result.at(i).x() > result.at(i - 1).x(), qPrintable(u"x at %1 not increasing"_s.arg(i)));
        }
    }
}

void TestLttb::belowThree_data()
{
    QTest::addColumn<qsizetype>("maxPoints");
    QTest::addColumn<QList<qsizetype>>("indices");

    QTest::newRow("2: first and last") << qsizetype(2) << QList<qsizetype>{0, 99};
    QTest::newRow("1: first") << qsizetype(1) << QList<qsizetype>{0};
    QTest::newRow("0: none") << qsizetype(0) << QList<qsizetype>{};
    QTest::newRow("negative: none") << qsizetype(-5) << QList<qsizetype>{};
}

void TestLttb::belowThree()
{
    QFETCH(qsizetype, maxPoints);
    QFETCH(QList<qsizetype>, indices);

    const QList<QPointF> points = wavy(100);
    QCOMPARE(Lttb::selectIndices(points, maxPoints), indices);
    QCOMPARE(Lttb::downsample(points, maxPoints).size(), indices.size());
}

QTEST_GUILESS_MAIN(TestLttb)
#include "TestLttb.moc"
