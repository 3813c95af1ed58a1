package dev.safegrade.internal.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionsTest {
    private final Regions regions = Regions.shipped();

    @Test
    void theShippedTableHasTheWholeCountryAtThreeLevels() {
        Map<String, String> rows = regions.rows();
        assertThat(rows).hasSizeBetween(3100, 3400);
        long provinces = rows.keySet().stream().filter(c -> c.endsWith("0000")).count();
        long prefectures = rows.keySet().stream().filter(c -> c.endsWith("00") && !c.endsWith("0000")).count();
        long counties = rows.size() - provinces - prefectures;
        assertThat(provinces).isEqualTo(34); // 31 + 台湾 香港 澳门
        assertThat(prefectures).isBetween(320L, 345L);
        assertThat(counties).isBetween(2800L, 2900L);
        assertThat(regions.name("71")).contains("台湾省");
        assertThat(regions.name("81")).contains("香港特别行政区");
        assertThat(regions.name("82")).contains("澳门特别行政区");
    }

    @Test
    void everyRowHasASixDigitCodeOnceAndANameAndItsProvinceAndPrefecture() {
        Set<String> seen = new HashSet<>();
        regions.rows().forEach((code, name) -> {
            assertThat(code).matches("[0-9]{6}");
            assertThat(seen.add(code)).as("unique %s", code).isTrue();
            assertThat(name).as(code).isNotBlank().doesNotContain("\t");
            assertThat(regions.rows()).as("province of %s", code).containsKey(code.substring(0, 2) + "0000");
            if (!code.endsWith("0000")) {
                assertThat(regions.name(code.substring(0, 4))).as("prefecture level of %s", code).isPresent();
            }
        });
        assertThat(regions.source()).contains("民政部", "2024", "yescallop/areacodes", "retrieved");
    }

    @Test
    void namesEveryLevelOfAShaanxiCode() {
        assertThat(regions.name("61")).contains("陕西省");
        assertThat(regions.name("6101")).contains("西安市");
        assertThat(regions.name("610113")).contains("雁塔区");
        assertThat(regions.name("610000")).contains("陕西省");
        assertThat(regions.name("610100")).contains("西安市");
        assertThat(regions.levels("610113")).containsExactly("61", "6101", "610113");
        assertThat(regions.levels("610100")).containsExactly("61", "6101");
        assertThat(regions.levels("610000")).containsExactly("61");
        assertThat(regions.known("610113")).isTrue();
    }

    @Test
    void theFourMunicipalitiesNameTheirMissingPrefectureLevelByThemselves() {
        assertThat(regions.rows()).doesNotContainKey("110100");
        assertThat(regions.name("110101")).contains("东城区");
        assertThat(regions.levels("110101")).containsExactly("11", "1101", "110101");
        assertThat(regions.name("1101")).contains("北京市");
        assertThat(regions.name("11")).contains("北京市");
        assertThat(regions.name("3101")).contains("上海市");
        assertThat(regions.name("5001")).contains("重庆市");
        assertThat(regions.name("5002")).contains("重庆市");
        assertThat(regions.name("1102")).isEmpty(); // no counties under it any more
    }

    @Test
    void countiesDirectlyUnderAProvinceHaveTheStandardsNameForTheirMiddleLevel() {
        assertThat(regions.name("429004")).contains("仙桃市");
        assertThat(regions.levels("429004")).containsExactly("42", "4290", "429004");
        assertThat(regions.name("4290")).contains("省直辖县级行政区划");
        assertThat(regions.name("4190")).contains("省直辖县级行政区划");
        assertThat(regions.name("6590")).contains("自治区直辖县级行政区划");
        assertThat(regions.name("6190")).isEmpty();
    }

    @Test
    void aWellFormedUnlistedCodeKeepsItsLevelsWithoutNames() {
        assertThat(regions.known("610199")).isFalse();
        assertThat(regions.name("610199")).isEmpty();
        assertThat(regions.levels("610199")).containsExactly("61", "6101", "610199");
        assertThat(regions.levels("990101")).containsExactly("99", "9901", "990101");
        assertThat(regions.name("99")).isEmpty();
        assertThat(regions.name("9901")).isEmpty();
        assertThat(regions.levels("610013")).containsExactly("61", "6100", "610013");
        assertThat(regions.name("6100")).isEmpty(); // not the province 610000
        assertThat(regions.known("6100")).isFalse();
    }

    @Test
    void malformedCodesHaveNoNameAndNoLevelsAndNeverThrow() {
        for (String bad : new String[] {"61A", "", "6", "610", "61011", "6101130", "61011３", " 61011", "610113 ", "-61011"}) {
            assertThat(regions.levels(bad)).as("levels of '%s'", bad).isEmpty();
            assertThat(regions.name(bad)).as("name of '%s'", bad).isEmpty();
            assertThat(regions.known(bad)).as("known '%s'", bad).isFalse();
        }
        assertThat(regions.levels(null)).isEmpty();
        assertThat(regions.name(null)).isEmpty();
        assertThat(regions.known(null)).isFalse();
        assertThat(regions.levels("61")).isEmpty(); // levels take a 6-digit code only
    }

    @Test
    void readingRejectsAMalformedOrRepeatedRowAndAMissingProvenance() throws Exception {
        String head = "# provenance: test\n";
        Regions ok = Regions.read(new StringReader("\uFEFF" + head + "# c\n\n610000\t陕西省\n610100\t西安市\n"), "t");
        assertThat(ok.rows()).hasSize(2);
        assertThat(ok.source()).isEqualTo("test");
        assertThatThrownBy(() -> Regions.read(new StringReader(head + "61000\t陕西省\n"), "t"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("t:2");
        assertThatThrownBy(() -> Regions.read(new StringReader(head + "610000\n"), "t"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("t:2");
        assertThatThrownBy(() -> Regions.read(new StringReader(head + "610000\t陕西省\n610000\t陕西\n"), "t"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> Regions.read(new StringReader("610000\t陕西省\n"), "t"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("provenance");
    }
}
