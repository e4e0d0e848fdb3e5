package org.jixiao.procurement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.procurement.internal.OcdsExport.Project;
import org.jixiao.procurement.internal.OcdsExport.Publisher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OcdsExportTest {

  static final Publisher GXJ = new Publisher("广州市工业和信息化局", "gz-gxj", "http://gxj.gz.gov.cn/");
  static final String PREFIX = "ocds-jixiao";
  static final Instant PUBLISHED = Instant.parse("2024-01-15T02:30:00Z");
  static final String URI = "https://jixiao.example.org/api/v1/years/2023/procurement/ocds";
  static final LocalDate APPROVED = LocalDate.of(2023, 2, 10);

  /** Every event recorded, contract announced and filed (CG2023-001 of the seeded year). */
  static final Project COMPLETE = new Project("CG2023-001", "无线电监测设施运维服务", "无线电管理处", "公开招标",
      new BigDecimal("120.00"), "P01", "无线电监测设施运行维护", APPROVED, LocalDate.of(2023, 3, 20),
      LocalDate.of(2023, 5, 7), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 15), LocalDate.of(2023, 6, 16),
      LocalDate.of(2023, 7, 5));
  /** Only the intention is out. */
  static final Project PLANNED = new Project("CG2023-016", "工业互联网标识解析推广服务", null, "单一来源",
      new BigDecimal("35.50"), "P07", "工业互联网发展专项", APPROVED, LocalDate.of(2023, 11, 20), null, null, null,
      null, null);
  /** Awarded in late December, contract not yet signed. */
  static final Project AWARDED = new Project("CG2023-017", "中小企业数字化转型诊断服务", "中小企业处", "竞争性磋商",
      new BigDecimal("88.8888"), "P04", "中小企业公共服务", APPROVED, LocalDate.of(2023, 9, 1),
      LocalDate.of(2023, 11, 6), LocalDate.of(2023, 12, 28), null, null, null);
  /** Tender started, nothing awarded; no budget approval date yet either. */
  static final Project TENDERING = new Project("CG2023-018", "产业链招商图谱编制", "产业处", "询价",
      new BigDecimal("12"), "S09", "产业招商专项", null, LocalDate.of(2023, 10, 9), LocalDate.of(2023, 12, 11),
      null, null, null, null);

  static OcdsSchemaValidator validator;

  @BeforeAll
  static void loadSchemas() {
    validator = OcdsSchemaValidator.fromSharedData();
  }

  static JsonObject samplePackage() {
    return OcdsExport.releasePackage(GXJ, PREFIX, 2023, PUBLISHED, URI, List.of(COMPLETE, PLANNED, AWARDED, TENDERING));
  }

  static JsonObject release(JsonObject pkg, String code) {
    return pkg.getJsonArray("releases").stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("ocid").equals(PREFIX + "-" + code)).findFirst().orElseThrow();
  }

  @Test
  void packageOfCompletePlannedAndAwardedProjects_validatesAgainstOcds115Schemas() {
    JsonObject pkg = samplePackage();

    assertThat(pkg.getJsonArray("releases")).hasSize(4);
    assertThat(validator.errorsOf(pkg.toString())).isEmpty();
  }

  @Test
  void releaseWithoutOcid_failsValidation() {
    JsonObject pkg = samplePackage();
    JsonObject broken = withFirstRelease(pkg, r -> Json.createObjectBuilder(r).remove("ocid").build());

    assertThat(validator.errorsOf(broken.toString())).anySatisfy(e -> assertThat(e).contains("ocid"));
  }

  @Test
  void dateWithoutOffset_chineseMethodCodeAndMissingUri_failValidation() {
    JsonObject pkg = samplePackage();

    JsonObject localDate = withFirstRelease(pkg, r -> Json.createObjectBuilder(r).add("date", "2023-07-05").build());
    JsonObject badMethod = withFirstRelease(pkg, r -> Json.createObjectBuilder(r)
        .add("tender", Json.createObjectBuilder(r.getJsonObject("tender")).add("procurementMethod", "公开招标"))
        .build());
    JsonObject noPackageUri = Json.createObjectBuilder(pkg).remove("uri").build();

    assertThat(validator.errorsOf(localDate.toString())).anySatisfy(e -> assertThat(e).contains("date"));
    assertThat(validator.errorsOf(badMethod.toString())).anySatisfy(e -> assertThat(e).contains("procurementMethod"));
    assertThat(validator.errorsOf(noPackageUri.toString())).anySatisfy(e -> assertThat(e).contains("uri"));
  }

  @Test
  void package_carriesPublisherLicenseVersionAndPublishedDateInChina() {
    JsonObject pkg = samplePackage();

    assertThat(pkg.getString("uri")).isEqualTo(URI);
    assertThat(pkg.getString("version")).isEqualTo("1.1");
    assertThat(pkg.getString("publishedDate")).isEqualTo("2024-01-15T10:30:00+08:00");
    assertThat(pkg.getString("license")).isEqualTo(OcdsExport.LICENSE);
    assertThat(pkg.getJsonObject("publisher")).isEqualTo(Json.createObjectBuilder()
        .add("name", "广州市工业和信息化局").add("uid", "gz-gxj").add("uri", "http://gxj.gz.gov.cn/").build());
  }

  @Test
  void completeProject_isAContractReleaseWithEveryDate() {
    JsonObject r = release(samplePackage(), "CG2023-001");

    assertThat(r.getString("ocid")).isEqualTo("ocds-jixiao-CG2023-001");
    assertThat(r.getString("id")).isEqualTo("ocds-jixiao-CG2023-001-contract-2023-07-05");
    assertThat(r.getString("date")).isEqualTo("2023-07-05T00:00:00+08:00");
    assertThat(strings(r.getJsonArray("tag"))).containsExactly("contract");
    assertThat(r.getString("initiationType")).isEqualTo("tender");
    assertThat(r.getString("language")).isEqualTo("zh");
    assertThat(r.getJsonObject("buyer").getString("id")).isEqualTo("gz-gxj");
    JsonObject party = r.getJsonArray("parties").getJsonObject(0);
    assertThat(party.getString("id")).isEqualTo("gz-gxj");
    assertThat(strings(party.getJsonArray("roles"))).containsExactly("buyer", "procuringEntity");
    assertThat(party.getJsonObject("contactPoint").getString("name")).isEqualTo("无线电管理处");

    JsonObject planning = r.getJsonObject("planning");
    assertThat(planning.getJsonObject("budget").getString("id")).isEqualTo("2023-P01");
    assertThat(planning.getJsonObject("budget").getString("description")).isEqualTo("无线电监测设施运行维护");
    assertThat(amountOf(planning.getJsonObject("budget"))).isEqualByComparingTo("1200000");
    assertThat(planning.getJsonObject("budget").getJsonObject("amount").getString("currency")).isEqualTo("CNY");
    JsonObject approval = planning.getJsonArray("milestones").getJsonObject(0);
    assertThat(approval.getString("type")).isEqualTo("approval");
    assertThat(approval.getString("status")).isEqualTo("met");
    assertThat(approval.getString("dateMet")).isEqualTo("2023-02-10T00:00:00+08:00");
    JsonObject intention = planning.getJsonArray("documents").getJsonObject(0);
    assertThat(intention.getString("documentType")).isEqualTo("plannedProcurementNotice");
    assertThat(intention.getString("datePublished")).isEqualTo("2023-03-20T00:00:00+08:00");

    JsonObject tender = r.getJsonObject("tender");
    assertThat(tender.getString("id")).isEqualTo("CG2023-001");
    assertThat(tender.getString("title")).isEqualTo("无线电监测设施运维服务");
    assertThat(tender.getString("status")).isEqualTo("complete");
    assertThat(tender.getString("procurementMethod")).isEqualTo("open");
    assertThat(tender.getString("procurementMethodDetails")).isEqualTo("公开招标");
    assertThat(tender.getJsonObject("tenderPeriod").getString("startDate")).isEqualTo("2023-05-07T00:00:00+08:00");

    JsonObject award = r.getJsonArray("awards").getJsonObject(0);
    assertThat(award.getString("date")).isEqualTo("2023-06-01T00:00:00+08:00");
    assertThat(award.getString("status")).isEqualTo("active");
    assertThat(amountOf(award)).isEqualByComparingTo("1200000");

    JsonObject contract = r.getJsonArray("contracts").getJsonObject(0);
    assertThat(contract.getString("awardID")).isEqualTo(award.getString("id"));
    assertThat(contract.getString("dateSigned")).isEqualTo("2023-06-15T00:00:00+08:00");
    assertThat(contract.getString("status")).isEqualTo("active");
    JsonArray documents = contract.getJsonArray("documents");
    assertThat(documents).hasSize(2);
    assertThat(documents.getJsonObject(0).getString("documentType")).isEqualTo("contractNotice");
    assertThat(documents.getJsonObject(0).getString("datePublished")).isEqualTo("2023-06-16T00:00:00+08:00");
    assertThat(documents.getJsonObject(1).getString("documentType")).isEqualTo("contractSigned");
    assertThat(documents.getJsonObject(1).getString("datePublished")).isEqualTo("2023-07-05T00:00:00+08:00");
  }

  @Test
  void plannedProject_isAPlanningReleaseWithoutTenderPeriodAwardsOrContracts() {
    JsonObject r = release(samplePackage(), "CG2023-016");

    assertThat(strings(r.getJsonArray("tag"))).containsExactly("planning");
    assertThat(r.getString("date")).isEqualTo("2023-11-20T00:00:00+08:00");
    assertThat(r.getJsonObject("tender").getString("status")).isEqualTo("planned");
    assertThat(r.getJsonObject("tender").getString("procurementMethod")).isEqualTo("limited");
    assertThat(r.getJsonObject("tender")).doesNotContainKey("tenderPeriod");
    assertThat(r.getJsonArray("parties").getJsonObject(0)).doesNotContainKey("contactPoint");
    assertThat(r).doesNotContainKeys("awards", "contracts");
  }

  @Test
  void awardedProject_isAnAwardReleaseWithoutContracts() {
    JsonObject r = release(samplePackage(), "CG2023-017");

    assertThat(strings(r.getJsonArray("tag"))).containsExactly("award");
    assertThat(r.getJsonObject("tender").getString("procurementMethod")).isEqualTo("selective");
    assertThat(r.getJsonArray("awards").getJsonObject(0).getString("date")).isEqualTo("2023-12-28T00:00:00+08:00");
    assertThat(amountOf(r.getJsonArray("awards").getJsonObject(0))).isEqualByComparingTo("888888");
    assertThat(r).doesNotContainKey("contracts");
  }

  @Test
  void startedProjectWithoutApproval_isATenderReleaseWithoutMilestones() {
    JsonObject r = release(samplePackage(), "CG2023-018");

    assertThat(strings(r.getJsonArray("tag"))).containsExactly("tender");
    assertThat(r.getJsonObject("tender").getString("status")).isEqualTo("active");
    assertThat(r.getJsonObject("planning")).doesNotContainKey("milestones");
    assertThat(amountOf(r.getJsonObject("planning").getJsonObject("budget"))).isEqualByComparingTo("120000");
  }

  @Test
  void package_neverWritesNull() {
    assertThat(nulls(samplePackage())).isZero();
  }

  @Test
  void projectWithoutAnyDate_isAsOfTheExport() {
    Project undated = new Project("CG2024-001", "新项目", null, "框架协议", null, null, null, null, null, null, null,
        null, null, null);

    JsonObject pkg = OcdsExport.releasePackage(new Publisher("广州市工业和信息化局", null, null), PREFIX, 2024,
        PUBLISHED, URI, List.of(undated));

    JsonObject r = pkg.getJsonArray("releases").getJsonObject(0);
    assertThat(r.getString("date")).isEqualTo("2024-01-15T10:30:00+08:00");
    assertThat(r.getString("id")).isEqualTo("ocds-jixiao-CG2024-001-planning-2024-01-15");
    assertThat(r.getJsonObject("planning")).isEmpty();
    assertThat(r.getJsonObject("buyer").getString("id")).isEqualTo("广州市工业和信息化局");
    assertThat(validator.errorsOf(pkg.toString())).isEmpty();
  }

  @Test
  void yuan_isWanYuanTimesTenThousandExactly() {
    assertThat(OcdsExport.yuan(new BigDecimal("120.00"))).isEqualTo(new BigDecimal("1200000"));
    assertThat(OcdsExport.yuan(new BigDecimal("0.01"))).isEqualTo(new BigDecimal("100"));
    assertThat(OcdsExport.yuan(new BigDecimal("12.34567"))).isEqualTo(new BigDecimal("123456.7"));
    assertThat(OcdsExport.yuan(new BigDecimal("99999999.99"))).isEqualTo(new BigDecimal("999999999900"));
  }

  @Test
  void dateTime_isMidnightInChina() {
    assertThat(OcdsExport.dateTime(LocalDate.of(2023, 12, 31))).isEqualTo("2023-12-31T00:00:00+08:00");
  }

  @Test
  void unknownMethod_isRefused() {
    assertThatThrownBy(() -> new Project("X", "x", null, "网上竞价", null, null, null, null, null, null, null, null,
        null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("网上竞价");
  }

  @Test
  void emptyYearAndDuplicateCodes_areRefused() {
    assertThatThrownBy(() -> OcdsExport.releasePackage(GXJ, PREFIX, 2023, PUBLISHED, URI, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OcdsExport.releasePackage(GXJ, PREFIX, 2023, PUBLISHED, URI, List.of(COMPLETE, COMPLETE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CG2023-001");
  }

  private static JsonObject withFirstRelease(JsonObject pkg, UnaryOperator<JsonObject> change) {
    JsonArray releases = pkg.getJsonArray("releases");
    return Json.createObjectBuilder(pkg)
        .add("releases", Json.createArrayBuilder(releases).set(0, change.apply(releases.getJsonObject(0))))
        .build();
  }

  private static BigDecimal amountOf(JsonObject withValue) {
    JsonObject value = withValue.containsKey("value") ? withValue.getJsonObject("value")
        : withValue.getJsonObject("amount");
    return value.getJsonNumber("amount").bigDecimalValue();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
  }

  private static int nulls(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> 1;
      case OBJECT -> value.asJsonObject().values().stream().mapToInt(OcdsExportTest::nulls).sum();
      case ARRAY -> value.asJsonArray().stream().mapToInt(OcdsExportTest::nulls).sum();
      default -> 0;
    };
  }
}
