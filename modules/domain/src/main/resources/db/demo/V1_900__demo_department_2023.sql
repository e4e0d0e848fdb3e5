-- Demo department: 广州市工业和信息化局, its divisions and the 2023 fiscal year (the model report's year).
INSERT INTO department (code, name, functions_text) VALUES ('gz-gxj', '广州市工业和信息化局', '1.拟订工业、信息化领域的地方性法规、规章草案。研究提出全市新型工业化发展战略，推进信息化和工业化、生产服务业与制造业融合发展。
2.拟订并组织实施工业、信息化领域的发展规划、计划及有关产业政策。组织拟订相关产业技术规范和标准并实施。指导工业和信息化领域加强质量管理和安全生产管理。
3.监测分析工业、信息化领域运行态势并做好相关信息发布，协调解决行业运行发展中的重大问题并提出政策建议。负责牵头企业情况综合工作。
4.执行有关固定资产投资政策，编制并组织实施工业、信息化领域企业技术改造等专项资金投资计划，按规定程序办理需审批、核准、备案的企业技术改造、技术创新投资项目，提出促进工业、信息化领域企业技术改造、技术创新的措施和意见。负责归口的各项财政专项资金和经费的总体计划、实施管理、绩效评价等工作。
5.指导推动制造业及相关新兴产业技术创新和技术进步。推动首台（套）重大技术装备创新及应用。承担企业技术创新相关工作。推动产学研用联合和创新成果产业化。负责牵头推进智能制造业发展。负责推动工业、信息化领域的生产性服务业发展。
6.负责牵头推进国民经济和社会信息化工作，组织指导经济社会领域的信息化应用。推进信息技术和互联网的普及应用。推进智慧城市建设。
7.负责信息网络基础设施建设规划、管理的有关协调工作，组织协调通信管线、站点、公共通信网规划。推进服务信息网络的资源共享和互联互通。协助推进国家、省、市重点信息化工程建设。
8.承担促进数字经济和大数据产业的发展工作。拟订促进数字经济和大数据产业发展的战略、规划和政策措施并组织实施。研究制定社会经济领域大数据收集、管理和开发应用的标准规范。推动社会经济领域大数据开发、应用和管理创新。
9.配置和管理无线电频谱资源，依法监督管理无线电台（站）。负责组织本市辖区内的无线电监测、检测、干扰查处工作，组织处理电磁干扰事宜，维护空中电波秩序，依法组织实施无线电管制。
10.拟订并组织实施工业、信息产业园区的规划建设和政策措施。指导相关产业集聚集约发展，调整优化产业布局。承担工业、信息产业园区提质发展、扩能增效工作。研究、协调工业、信息产业园区发展中的重大问题、提出政策建议。
11.拟订并组织实施工业、信息化领域的能源节约、循环经济、资源综合利用、促进清洁生产的专项规划及政策措施。组织协调以节能降耗为主要内容的新产品、新技术、新设备、新材料的推广应用。推动循环经济系统工程建设。组织协调节能环保产业发展。
12.负责培育大型骨干企业工作。负责中小微企业和民营经济发展的宏观指导和服务。组织拟订促进中小微企业和民营经济发展的政策措施，组织解决有关重大问题。
13.组织协调全市电力、煤炭、成品油等供应。负责电力行政执法工作。按管理权限负责民用爆炸物品安全生产、销售的监督管理。
14.指导和协调工业、信息化领域的对外交流与合作。
15.完成市委、市政府和上级相关部门交办的其他任务。');
INSERT INTO division (department_id, code, name, active, sort_order) SELECT id, 'office', '办公室', TRUE, 1 FROM department WHERE code = 'gz-gxj';
INSERT INTO division (department_id, code, name, active, sort_order) SELECT id, 'planning-finance', '规划财务处', TRUE, 2 FROM department WHERE code = 'gz-gxj';
INSERT INTO division (department_id, code, name, active, sort_order) SELECT id, 'industry', '产业发展处', TRUE, 3 FROM department WHERE code = 'gz-gxj';
INSERT INTO division (department_id, code, name, active, sort_order) SELECT id, 'investment', '投资与技术改造处', TRUE, 4 FROM department WHERE code = 'gz-gxj';
INSERT INTO division (department_id, code, name, active, sort_order) SELECT id, 'info', '信息化推进处', TRUE, 5 FROM department WHERE code = 'gz-gxj';
INSERT INTO division (department_id, code, name, active, sort_order) SELECT id, 'sme', '中小企业处', TRUE, 6 FROM department WHERE code = 'gz-gxj';
INSERT INTO division (department_id, code, name, active, sort_order) SELECT id, 'radio', '无线电管理处', TRUE, 7 FROM department WHERE code = 'gz-gxj';
INSERT INTO fiscal_year (department_id, year_number, status) SELECT id, 2023, 'OPEN' FROM department WHERE code = 'gz-gxj';
