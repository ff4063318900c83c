// The executables' small-block cache (app/alloc/smallblockcache.cpp), linked
// into this test as into ocispec and ocistudio: blocks come back in LIFO
// order (glibc's own cache keeps only 7 blocks a size, so a round of a
// hundred frees and mallocs tells the two apart), frees on another thread
// and large or failing requests behave as the standard asks.

#include <QTest>

#include <cstddef>
#include <new>
#include <set>
#include <string>
#include <thread>
#include <vector>

class TestSmallBlockCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freedBlocksComeBackInReverseOrder_data()
    {
        QTest::addColumn<int>("size");
        QTest::addRow("1 byte") << 1;
        QTest::addRow("40 bytes") << 40;
        QTest::addRow("300 bytes") << 300;
        QTest::addRow("512 bytes") << 512;
    }
    void freedBlocksComeBackInReverseOrder()
    {
        QFETCH(int, size);
        const auto n = static_cast<std::size_t>(size);
        std::vector<void *> blocks;
        for (int i = 0; i < 100; ++i)
            blocks.push_back(::operator new(n));
        for (void *p : blocks)
            ::operator delete(p, n);
        for (int i = 99; i >= 0; --i) {
            void *p = ::operator new(n);
            QCOMPARE(p, blocks[static_cast<std::size_t>(i)]);
            blocks[static_cast<std::size_t>(i)] = p;
        }
        for (void *p : blocks)
            ::operator delete(p); // unsized: the class comes from malloc_usable_size
        // The unsized frees put every block back in a class that holds it.
        for (int i = 0; i < 100; ++i) {
            auto *p = static_cast<unsigned char *>(::operator new(n));
            for (std::size_t j = 0; j < n; ++j)
                p[j] = static_cast<unsigned char>(j);
            blocks[static_cast<std::size_t>(i)] = p;
        }
        for (void *p : blocks)
            ::operator delete(p, n);
    }

    void zeroSizedRequestsAreDistinct()
    {
        void *a = ::operator new(0);
        void *b = ::operator new(0);
        QVERIFY(a);
        QVERIFY(b);
        QVERIFY(a != b);
        ::operator delete(a, std::size_t(0));
        ::operator delete(b);
    }

    void largeBlocksAndArrays()
    {
        auto *big = new char[1 << 20];
        big[(1 << 20) - 1] = 1;
        delete[] big;
        std::vector<std::vector<int>> nested(1000, std::vector<int>(37, 7));
        long sum = 0;
        for (const auto &v : nested)
            for (int x : v)
                sum += x;
        QCOMPARE(sum, 1000L * 37 * 7);
    }

    void blocksFreedOnAnotherThreadAreCachedThere()
    {
        std::vector<void *> blocks;
        for (int i = 0; i < 50; ++i)
            blocks.push_back(::operator new(200));
        std::set<void *> reused;
        std::thread other([&] {
            for (void *p : blocks)
                ::operator delete(p, 200);
            for (int i = 0; i < 50; ++i)
                reused.insert(::operator new(200));
            for (void *p : reused)
                ::operator delete(p, 200);
            // The thread exits with its cache full: the flush at exit frees it.
        });
        other.join();
        QCOMPARE(reused, std::set<void *>(blocks.begin(), blocks.end()));
    }

    void manyThreadsChurn()
    {
        // Blocks made on one thread and freed on others, with thread exits in
        // between, as the GUI's build worker and release pool do.
        std::vector<std::thread> threads;
        std::vector<std::vector<std::string>> made(8);
        for (std::size_t t = 0; t < made.size(); ++t)
            threads.emplace_back([&made, t] {
                for (int i = 0; i < 5000; ++i)
                    made[t].push_back(std::string(static_cast<std::size_t>(16 + i % 400), 'x'));
            });
        for (auto &t : threads)
            t.join();
        threads.clear();
        for (std::size_t t = 0; t < made.size(); ++t)
            threads.emplace_back([&made, t] { made[(t + 1) % made.size()].clear(); });
        for (auto &t : threads)
            t.join();
        for (const auto &m : made)
            QVERIFY(m.empty());
    }

    void exhaustionThrowsBadAlloc()
    {
        QVERIFY_THROWS_EXCEPTION(std::bad_alloc, (void)::operator new(~std::size_t(0) / 4));
        QCOMPARE(::operator new(~std::size_t(0) / 4, std::nothrow), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSmallBlockCache)
#include "tst_smallblockcache.moc"
