// Terminal columns: Hangul and the other East Asian wide characters take two, so that the
// command line's tables line up in Korean.
#include "util/TextWidth.h"

#include <QTest>

using namespace cnpg;

class TestTextWidth : public QObject
{
    Q_OBJECT

private slots:
    void columns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("rg-cnpg-abc") << 11;
        QTest::newRow("latin accents") << QStringLiteral("déjà") << 4;
        QTest::newRow("combining mark") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("hangul syllables") << QStringLiteral("배포") << 4;
        QTest::newRow("hangul and ascii") << QStringLiteral("리소스 그룹 rg") << 14;
        QTest::newRow("hangul jamo") << QStringLiteral("\u1100\u1161") << 2; // joined: one syllable
        QTest::newRow("cjk ideographs") << QStringLiteral("日本語") << 6;
        QTest::newRow("fullwidth forms") << QStringLiteral("ＡＢ") << 4;
        QTest::newRow("fullwidth sign") << QStringLiteral("￦") << 2;
        QTest::newRow("halfwidth katakana") << QStringLiteral("ｱ") << 1;
        QTest::newRow("surrogate pair, extension B") << QString::fromUcs4(U"\U00020000") << 2;
        QTest::newRow("surrogate pair, emoji outside") << QString::fromUcs4(U"\U0001F600") << 1;
    }
    void columns()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(TextWidth::of(text), width);
    }

    void padsToColumns()
    {
        QCOMPARE(TextWidth::padded(QStringLiteral("배포"), 6), QStringLiteral("배포  "));
        QCOMPARE(TextWidth::padded(QStringLiteral("ab"), 6), QStringLiteral("ab    "));
        QCOMPARE(TextWidth::padded(QStringLiteral("배포배포"), 6), QStringLiteral("배포배포"));
        QCOMPARE(TextWidth::of(TextWidth::padded(QStringLiteral("그룹 x"), 9)), 9);
    }
};

QTEST_GUILESS_MAIN(TestTextWidth)
#include "tst_textwidth.moc"
