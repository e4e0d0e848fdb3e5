package org.jixiao.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.domain.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "Sme", "data economy", "9lives", "数据", "-x"})
  void badCodes_areRefused(String code) {
    assertThatThrownBy(() -> Division.checkNew(code, "数据经济处"))
        .isInstanceOf(BusinessException.class).hasMessageStartingWith("division.code.invalid");
  }

  @Test
  void aDivision_isRenamedTrimmed_deactivatedAndActivated() {
    Division division = new Division(new Department("gz-gxj", "广州市工业和信息化局"), "sme", "中小企业处", 60);
    division.rename("  中小企业发展处 ");
    assertThat(division.name()).isEqualTo("中小企业发展处");
    assertThatThrownBy(() -> division.rename(" ")).hasMessageStartingWith("division.name.required");
    assertThatThrownBy(() -> division.rename("处".repeat(101))).hasMessageStartingWith("division.name.tooLong");
    assertThat(division.name()).isEqualTo("中小企业发展处");
    division.deactivate();
    assertThat(division.isActive()).isFalse();
    division.activate();
    assertThat(division.isActive()).isTrue();
  }

  @Test
  void theDepartmentProfile_keepsItsNameAndFunctions_withinLimits() {
    Department department = new Department("gz-gxj", "广州市工业和信息化局");
    department.updateProfile(" 广州市工业和信息化局 ", " 主要职能…… ");
    assertThat(department.name()).isEqualTo("广州市工业和信息化局");
    assertThat(department.functionsText()).isEqualTo("主要职能……");
    assertThatThrownBy(() -> department.updateProfile("", "x")).hasMessageStartingWith("department.name.required");
    assertThatThrownBy(() -> department.updateProfile("局", "职".repeat(20001)))
        .hasMessageStartingWith("department.functions.tooLong");
    assertThat(department.functionsText()).isEqualTo("主要职能……");
  }
}
