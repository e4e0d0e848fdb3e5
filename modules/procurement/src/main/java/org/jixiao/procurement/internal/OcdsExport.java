package org.jixiao.procurement.internal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A department's procurements of a year as an OCDS 1.1.5 release package (开放缔约数据标准, Open Contracting Data
 * Standard): one release per procurement with what is known of it so far — the budget line and its approval
 * (部门预算批复), the procurement intention (采购意向公开), the tender, the award notice (中标/成交通知书) and the
 * signed contract with its announcement (合同公告) and filing (合同备案). A field whose date has not happened is
 * left out, never written as null. Pure: no container, no database.
 */
public final class OcdsExport {

  /** The OCDS schema version the package declares (major.minor; the data follows 1.1.5). */
  static final String OCDS_VERSION = "1.1";
  /** Public-domain dedication: government procurement information is published for anyone to reuse. */
  static final String LICENSE = "http://opendefinition.org/licenses/odc-pddl/";
  static final String CURRENCY = "CNY";

  /** China Standard Time: every date of ours is a local date in Guangzhou. */
  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  /** RFC 3339 with seconds always written (OffsetDateTime.toString drops ":00"). */
  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
  /** One factory: Json.createObjectBuilder() looks the provider up again on every call. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  /**
   * The OCDS method (closed codelist) of each method of the procurement law (政府采购法 §26): open to every
   * supplier, to the suppliers invited or shortlisted, or negotiated with a single one.
   */
  private static final Map<String, String> METHODS = Map.of(
      "公开招标", "open",
      "邀请招标", "selective",
      "竞争性磋商", "selective",
      "竞争性谈判", "selective",
      "询价", "selective",
      "框架协议", "selective",
      "单一来源", "limited");

  private OcdsExport() {}

  /** Who publishes the package: the department (e.g. 广州市工业和信息化局), its identifier and web address. */
  public record Publisher(String name, String uid, String uri) {

    public Publisher {
      Objects.requireNonNull(name, "name");
    }

    /** The id the releases give the department among their parties (its identifier, else its name). */
    String partyId() {
      return uid != null ? uid : name;
    }
  }

  /**
   * A procurement as the export sees it: amount in 万元, the budget line that funds it, the legal method's Chinese
   * name, and the dates of its events (any may still be null).
   */
  public record Project(String code, String name, String divisionName, String methodLegalName,
      BigDecimal amountWanYuan, String budgetLineCode, String budgetLineName,
      LocalDate budgetApproved, LocalDate intentionPublished, LocalDate procurementStarted, LocalDate awardNotice,
      LocalDate contractSigned, LocalDate contractAnnounced, LocalDate contractFiled) {

    public Project {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      if (methodLegalName == null || !METHODS.containsKey(methodLegalName)) {
        throw new IllegalArgumentException("Unknown procurement method of " + code + ": " + methodLegalName);
      }
    }
  }

  /** How far a procurement has come: the release's tag (closed releaseTag codelist). */
  private enum Stage {
    PLANNING("planning"),
    TENDER("tender"),
    AWARD("award"),
    CONTRACT("contract");

    private final String tag;

    Stage(String tag) {
      this.tag = tag;
    }

    static Stage of(Project p) {
      return p.contractSigned() != null ? CONTRACT
          : p.awardNotice() != null ? AWARD
          : p.procurementStarted() != null ? TENDER
          : PLANNING;
    }
  }

  /**
   * The package of {@code projects} (at least one: the schema requires a release; codes unique, as each makes the
   * release's ocid {@code ocidPrefix-code}). {@code year} is the fiscal year the budget lines belong to;
   * {@code publishedAt} is when the data was last changed or exported.
   */
  public static JsonObject releasePackage(Publisher publisher, String ocidPrefix, int year, Instant publishedAt,
      String packageUri, List<Project> projects) {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(ocidPrefix, "ocidPrefix");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(packageUri, "packageUri");
    if (projects.isEmpty()) {
      throw new IllegalArgumentException("An OCDS release package needs at least one release");
    }
    Set<String> codes = new HashSet<>();
    JsonArrayBuilder releases = JSON.createArrayBuilder();
    for (Project p : projects) {
      if (!codes.add(p.code())) {
        throw new IllegalArgumentException("Two procurements share the code " + p.code() + " (and so the ocid)");
      }
      releases.add(release(publisher, ocidPrefix, year, publishedAt, p));
    }
    JsonObjectBuilder publisherJson = JSON.createObjectBuilder().add("name", publisher.name());
    addIfPresent(publisherJson, "uid", publisher.uid());
    addIfPresent(publisherJson, "uri", publisher.uri());
    return JSON.createObjectBuilder()
        .add("uri", packageUri)
        .add("version", OCDS_VERSION)
        .add("publishedDate", RFC_3339.format(publishedAt.atOffset(CHINA)))
        .add("publisher", publisherJson)
        .add("license", LICENSE)
        .add("releases", releases)
        .build();
  }

  private static JsonObject release(Publisher publisher, String ocidPrefix, int year, Instant publishedAt,
      Project p) {
    Stage stage = Stage.of(p);
    String ocid = ocidPrefix + "-" + p.code();
    // the release is as of its latest event; a procurement with no dated event yet is as of the export
    LocalDate latest = Stream.of(p.budgetApproved(), p.intentionPublished(), p.procurementStarted(),
            p.awardNotice(), p.contractSigned(), p.contractAnnounced(), p.contractFiled())
        .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    String date = latest != null ? dateTime(latest) : RFC_3339.format(publishedAt.atOffset(CHINA));
    LocalDate releaseDay = latest != null ? latest : publishedAt.atOffset(CHINA).toLocalDate();
    JsonObjectBuilder party = JSON.createObjectBuilder()
        .add("id", publisher.partyId())
        .add("name", publisher.name())
        .add("roles", JSON.createArrayBuilder().add("buyer").add("procuringEntity"));
    if (p.divisionName() != null) { // the division carrying out the procurement (采购实施处室) answers for it
      party.add("contactPoint", JSON.createObjectBuilder().add("name", p.divisionName()));
    }
    JsonObjectBuilder release = JSON.createObjectBuilder()
        .add("ocid", ocid)
        .add("id", ocid + "-" + stage.tag + "-" + releaseDay)
        .add("date", date)
        .add("tag", JSON.createArrayBuilder().add(stage.tag))
        .add("initiationType", "tender")
        .add("language", "zh")
        .add("parties", JSON.createArrayBuilder().add(party))
        .add("buyer", reference(publisher))
        .add("planning", planning(year, p))
        .add("tender", tender(publisher, stage, p));
    if (stage == Stage.AWARD || stage == Stage.CONTRACT) {
      release.add("awards", JSON.createArrayBuilder().add(award(p)));
    }
    if (stage == Stage.CONTRACT) {
      release.add("contracts", JSON.createArrayBuilder().add(contract(p)));
    }
    return release.build();
  }

  private static JsonObjectBuilder planning(int year, Project p) {
    JsonObjectBuilder planning = JSON.createObjectBuilder();
    if (p.budgetLineCode() != null || p.budgetLineName() != null || p.amountWanYuan() != null) {
      JsonObjectBuilder budget = JSON.createObjectBuilder();
      // a budget line's code is only unique within its fiscal year
      addIfPresent(budget, "id", p.budgetLineCode() == null ? null : year + "-" + p.budgetLineCode());
      addIfPresent(budget, "description", p.budgetLineName());
      if (p.amountWanYuan() != null) {
        budget.add("amount", value(p.amountWanYuan()));
      }
      planning.add("budget", budget);
    }
    if (p.budgetApproved() != null) {
      planning.add("milestones", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
          .add("id", "budget-approval")
          .add("title", "部门预算批复")
          .add("type", "approval")
          .add("dateMet", dateTime(p.budgetApproved()))
          .add("status", "met")));
    }
    if (p.intentionPublished() != null) {
      planning.add("documents", JSON.createArrayBuilder().add(
          document(p.code() + "-intention", "plannedProcurementNotice", "采购意向公开", p.intentionPublished())));
    }
    return planning;
  }

  private static JsonObjectBuilder tender(Publisher publisher, Stage stage, Project p) {
    JsonObjectBuilder tender = JSON.createObjectBuilder()
        .add("id", p.code())
        .add("title", p.name())
        .add("status", stage == Stage.PLANNING ? "planned" : stage == Stage.TENDER ? "active" : "complete")
        .add("procuringEntity", reference(publisher));
    if (p.amountWanYuan() != null) {
      tender.add("value", value(p.amountWanYuan()));
    }
    tender.add("procurementMethod", METHODS.get(p.methodLegalName()))
        .add("procurementMethodDetails", p.methodLegalName());
    if (p.procurementStarted() != null) {
      tender.add("tenderPeriod", JSON.createObjectBuilder().add("startDate", dateTime(p.procurementStarted())));
    }
    return tender;
  }

  /** The award (a signed contract implies one, even when its notice date was not recorded). */
  private static JsonObjectBuilder award(Project p) {
    JsonObjectBuilder award = JSON.createObjectBuilder().add("id", awardId(p));
    if (p.awardNotice() != null) {
      award.add("date", dateTime(p.awardNotice()));
    }
    award.add("status", "active");
    if (p.amountWanYuan() != null) {
      award.add("value", value(p.amountWanYuan()));
    }
    return award;
  }

  private static JsonObjectBuilder contract(Project p) {
    JsonObjectBuilder contract = JSON.createObjectBuilder()
        .add("id", p.code() + "-contract")
        .add("awardID", awardId(p))
        .add("status", "active");
    if (p.amountWanYuan() != null) {
      contract.add("value", value(p.amountWanYuan()));
    }
    contract.add("dateSigned", dateTime(p.contractSigned()));
    JsonArrayBuilder documents = JSON.createArrayBuilder();
    boolean any = false;
    if (p.contractAnnounced() != null) {
      documents.add(document(p.code() + "-contract-notice", "contractNotice", "合同公告", p.contractAnnounced()));
      any = true;
    }
    if (p.contractFiled() != null) {
      // 备案 lodges a copy of the signed contract with the finance department, published on 广东省政府采购网:
      // documentType "contractSigned" (a copy of the signed contract) of the open documentType codelist
      documents.add(document(p.code() + "-contract-filing", "contractSigned", "合同备案", p.contractFiled()));
      any = true;
    }
    if (any) {
      contract.add("documents", documents);
    }
    return contract;
  }

  /** The department as the release's buyer and procuring entity refer to it among the parties. */
  private static JsonObjectBuilder reference(Publisher publisher) {
    return JSON.createObjectBuilder().add("id", publisher.partyId()).add("name", publisher.name());
  }

  private static String awardId(Project p) {
    return p.code() + "-award";
  }

  private static JsonObjectBuilder document(String id, String type, String title, LocalDate published) {
    return JSON.createObjectBuilder()
        .add("id", id)
        .add("documentType", type)
        .add("title", title)
        .add("datePublished", dateTime(published));
  }

  /** An amount in yuan, exactly: our money is in 万元 (×10,000, no rounding). */
  private static JsonObjectBuilder value(BigDecimal wanYuan) {
    return JSON.createObjectBuilder().add("amount", yuan(wanYuan)).add("currency", CURRENCY);
  }

  static BigDecimal yuan(BigDecimal wanYuan) {
    return wanYuan.movePointRight(4);
  }

  /** A local date as the start of that day in China, e.g. 2023-03-20T00:00:00+08:00. */
  static String dateTime(LocalDate date) {
    return RFC_3339.format(date.atStartOfDay().atOffset(CHINA));
  }

  private static void addIfPresent(JsonObjectBuilder object, String name, String value) {
    if (value != null) {
      object.add(name, value);
    }
  }
}
