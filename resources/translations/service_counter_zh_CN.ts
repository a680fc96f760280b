<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>识别号</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Free of charge (warranty)</source>
            <translation>免费（保修）</translation>
        </message>
        <message>
            <source>Paid repair (not covered by warranty)</source>
            <translation>收费维修（不在保修范围）</translation>
        </message>
        <message>
            <source>Warranty to be decided after diagnosis</source>
            <translation>检测后判定是否保修</translation>
        </message>
        <message>
            <source>Awaiting your consent</source>
            <translation>待您确认</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价单</translation>
        </message>
        <message>
            <source>Supplementary quote</source>
            <translation>补充报价</translation>
        </message>
        <message>
            <source>Repair warranty until (expected)</source>
            <translation>维修保修期至（预计）</translation>
        </message>
        <message>
            <source>Repair warranty until</source>
            <translation>维修保修期至</translation>
        </message>
        <message>
            <source>In</source>
            <translation>收</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>取</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>校准</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>偏移</translation>
        </message>
        <message>
            <source>Ticks every 1 mm, long every 10 mm</source>
            <translation>刻度每1毫米，长刻度每10毫米</translation>
        </message>
        <message>
            <source>Diagnosed</source>
            <translation>已检测</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取机</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Deposits</source>
            <translation>定金</translation>
        </message>
        <message>
            <source>Final payments</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Earlier ticket</source>
            <translation>原工单</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Intakes</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>收款笔数</translation>
        </message>
        <message>
            <source>Takings</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>交机</translation>
        </message>
        <message>
            <source>Jobs completed</source>
            <translation>完成工单</translation>
        </message>
        <message>
            <source>Median turnaround (h)</source>
            <translation>周转时间中位数（小时）</translation>
        </message>
        <message>
            <source>Average turnaround (h)</source>
            <translation>平均周转时间（小时）</translation>
        </message>
        <message>
            <source>Comeback rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回访数</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>被投诉</translation>
        </message>
        <message>
            <source>By completion date. After-care: follow-ups made, average satisfaction (1-5) and the share of satisfied answers about their jobs, complaints about their jobs and against them, complaints they were responsible for that went overdue.</source>
            <translation>按完成日期统计。售后：完成的回访数、其工单的平均满意度（1-5）及满意率、其工单的投诉及针对本人的投诉、由其负责但已逾期的投诉。</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Intake slip</source>
            <translation>受理单</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Use Save as PDF, or add a printer in the system settings.</source>
            <translation>本机未安装打印机。请使用“另存为PDF”，或在系统设置中添加打印机。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>预览…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为PDF…</translation>
        </message>
        <message>
            <source>Label printer calibration…</source>
            <translation>标签打印机校准…</translation>
        </message>
    </context>
    <context>
        <name>AftercarePage</name>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>回访类型</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>维修内容</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>拨打次数</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>About</source>
            <translation>被投诉人</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>来电人</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>咨询内容</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回电</translation>
        </message>
        <message>
            <source>Calls due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>After-care is for the counter, technicians and the manager.</source>
            <translation>售后回访仅供客服、技术员和经理使用。</translation>
        </message>
        <message>
            <source>Call (show number)</source>
            <translation>拨打（显示号码）</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>Not reached (try again tomorrow)</source>
            <translation>未接通（明天再拨）</translation>
        </message>
        <message>
            <source>no score</source>
            <translation>未评分</translation>
        </message>
        <message>
            <source>(from the score)</source>
            <translation>（按评分自动判断）</translation>
        </message>
        <message>
            <source>What the customer said; Enter records the call</source>
            <translation>客户的反馈；按回车记录回访</translation>
        </message>
        <message>
            <source>Record call</source>
            <translation>记录回访</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>回访结果</translation>
        </message>
        <message>
            <source>Satisfaction (1-5)</source>
            <translation>满意度（1-5）</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反馈类别</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Choose a call in the list first.</source>
            <translation>请先在列表中选择一条回访。</translation>
        </message>
        <message>
            <source>Call recorded.</source>
            <translation>回访已记录。</translation>
        </message>
        <message>
            <source>Not reached: on the list again on {day}.</source>
            <translation>未接通：{day} 将再次出现在列表中。</translation>
        </message>
        <message>
            <source>Not reached {count} times: closed as unreachable.</source>
            <translation>{count} 次未接通：已按无法联系关闭。</translation>
        </message>
        <message>
            <source>Complaint {id} opened.</source>
            <translation>已创建投诉 {id}。</translation>
        </message>
        <message>
            <source>{count} calls due, {overdue} overdue</source>
            <translation>待回访 {count} 个，其中逾期 {overdue} 个</translation>
        </message>
        <message>
            <source>Unresolved</source>
            <translation>未处理</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>All staff</source>
            <translation>全部员工</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>新建投诉…</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>指派…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>处理…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Complaint {id} by {customer} ({phone}), recorded {at} by {user}</source>
            <translation>投诉 {id}：{customer}（{phone}），{at} 由 {user} 登记</translation>
        </message>
        <message>
            <source>customer told</source>
            <translation>已告知客户</translation>
        </message>
        <message>
            <source>customer not told</source>
            <translation>未告知客户</translation>
        </message>
        <message>
            <source>Resolution: {text} ({told})</source>
            <translation>处理结果：{text}（{told}）</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Responsible person:</source>
            <translation>负责人：</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>处理</translation>
        </message>
        <message>
            <source>How it was resolved:</source>
            <translation>处理结果：</translation>
        </message>
        <message>
            <source>Was the customer told of the outcome?</source>
            <translation>是否已告知客户处理结果？</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>已告知</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>尚未告知</translation>
        </message>
        <message>
            <source>Call back at</source>
            <translation>回电时间</translation>
        </message>
        <message>
            <source>Save consultation</source>
            <translation>保存咨询</translation>
        </message>
        <message>
            <source>Consultation saved.</source>
            <translation>咨询已保存。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>New complaint</source>
            <translation>新建投诉</translation>
        </message>
        <message>
            <source>Ticket number (optional)</source>
            <translation>工单号（可选）</translation>
        </message>
        <message>
            <source>Customer's phone, when there is no ticket</source>
            <translation>客户手机号（无工单时填写）</translation>
        </message>
        <message>
            <source>Nobody in particular</source>
            <translation>不针对具体员工</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>投诉内容</translation>
        </message>
        <message>
            <source>Complaint about</source>
            <translation>被投诉人</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Last 4+ digits of the phone, or the name</source>
            <translation>电话后4位以上，或姓名</translation>
        </message>
        <message>
            <source>Erase personal data…</source>
            <translation>删除个人信息…</translation>
        </message>
        <message>
            <source>Tickets (double-click to open)</source>
            <translation>工单（双击打开）</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>新建投诉…</translation>
        </message>
        <message>
            <source>Erase personal data</source>
            <translation>删除个人信息</translation>
        </message>
        <message>
            <source>Erase the name, phone and email of {name}? The repair records stay, anonymous. This cannot be undone.</source>
            <translation>删除 {name} 的姓名、电话和邮箱？维修记录将以匿名方式保留。此操作无法撤销。</translation>
        </message>
    </context>
    <context>
        <name>DeviceHistoryPage</name>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Warranty until</source>
            <translation>保修至</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>IMEI or serial number</source>
            <translation>IMEI 或序列号</translation>
        </message>
        <message>
            <source>Show history</source>
            <translation>查看记录</translation>
        </message>
        <message>
            <source>Take in this device</source>
            <translation>受理此设备</translation>
        </message>
        <message>
            <source>Under our repair warranty until {date} ({ticket})</source>
            <translation>维修保修期至 {date}（{ticket}）</translation>
        </message>
        <message>
            <source>Open ticket: {ticket}</source>
            <translation>未完成工单：{ticket}</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>导入预览</translation>
        </message>
        <message>
            <source>Nothing will be imported: {n} rows have errors.</source>
            <translation>不会导入任何数据：{n} 行有错误。</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>第 {row} 行：{message}</translation>
        </message>
        <message>
            <source>New parts: {n}</source>
            <translation>新增备件：{n}</translation>
        </message>
        <message>
            <source>Changed parts: {n}</source>
            <translation>修改的备件：{n}</translation>
        </message>
        <message>
            <source>Stock counts to adjust: {n}</source>
            <translation>需调整的库存数：{n}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Warranty until</source>
            <translation>保修至</translation>
        </message>
        <message>
            <source>138 1234 5678 or +852 …</source>
            <translation>138 1234 5678 或 +852 …</translation>
        </message>
        <message>
            <source>15 digits: dial *#06#</source>
            <translation>15位：拨号 *#06# 查看</translation>
        </message>
        <message>
            <source>for devices without an IMEI</source>
            <translation>用于没有IMEI的设备</translation>
        </message>
        <message>
            <source>Condition on intake</source>
            <translation>收机外观检查</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未检查</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Scratched</source>
            <translation>划痕</translation>
        </message>
        <message>
            <source>Cracked</source>
            <translation>破裂</translation>
        </message>
        <message>
            <source>Dented</source>
            <translation>凹陷</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>不工作</translation>
        </message>
        <message>
            <source>case, SIM tray, charger…</source>
            <translation>手机壳、卡托、充电器…</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>已知</translation>
        </message>
        <message>
            <source>invoice or receipt number</source>
            <translation>发票或收据号码</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>IMEI</source>
            <translation>IMEI</translation>
        </message>
        <message>
            <source>Second IMEI</source>
            <translation>第二个IMEI</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>序列号</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>随机附件</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>锁屏密码</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>购买信息</translation>
        </message>
        <message>
            <source>This device's repair history</source>
            <translation>此设备的维修记录</translation>
        </message>
        <message>
            <source>Save intake  (Ctrl+S)</source>
            <translation>保存受理  (Ctrl+S)</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>打印标签</translation>
        </message>
        <message>
            <source>New intake</source>
            <translation>新建受理</translation>
        </message>
        <message>
            <source>Returning customer: {name}</source>
            <translation>老客户：{name}</translation>
        </message>
        <message>
            <source>New device: not seen before.</source>
            <translation>新设备：以前没有维修记录。</translation>
        </message>
        <message>
            <source>{brand} {model}: {n} earlier tickets</source>
            <translation>{brand} {model}：以前有 {n} 张工单</translation>
        </message>
        <message>
            <source>Under our repair warranty until {date} ({ticket}): a comeback is free</source>
            <translation>维修保修期至 {date}（{ticket}）：返修免费</translation>
        </message>
        <message>
            <source>Still open: {ticket}</source>
            <translation>仍在维修：{ticket}</translation>
        </message>
        <message>
            <source>Enter the IMEI or the serial number</source>
            <translation>请输入IMEI或序列号</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Saved. Ticket number:</source>
            <translation>已保存。工单号：</translation>
        </message>
        <message>
            <source>Comeback of {ticket}: free under our repair warranty.</source>
            <translation>返修（原工单 {ticket}）：在维修保修期内，免费。</translation>
        </message>
    </context>
    <context>
        <name>JobBoard</name>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Search ticket, customer, model, fault…</source>
            <translation>搜索工单、客户、机型、故障…</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>全部在修</translation>
        </message>
        <message>
            <source>All technicians</source>
            <translation>全部技术员</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未指派</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>全部服务类型</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅超时</translation>
        </message>
        <message>
            <source>{n} tickets</source>
            <translation>{n} 张工单</translation>
        </message>
    </context>
    <context>
        <name>LabelCalibrationDialog</name>
        <message>
            <source>Label printer calibration</source>
            <translation>标签打印机校准</translation>
        </message>
        <message>
            <source>Label size (mm)</source>
            <translation>标签尺寸（毫米）</translation>
        </message>
        <message>
            <source>Printer resolution (dpi)</source>
            <translation>打印机分辨率（dpi）</translation>
        </message>
        <message>
            <source>Offset right (mm)</source>
            <translation>向右偏移（毫米）</translation>
        </message>
        <message>
            <source>Offset down (mm)</source>
            <translation>向下偏移（毫米）</translation>
        </message>
        <message>
            <source>Print calibration page</source>
            <translation>打印校准页</translation>
        </message>
        <message>
            <source>Label size: use 62x29, 57x32 or WxH in mm</source>
            <translation>标签尺寸：请用 62x29、57x32 或 宽x高（毫米）</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为PDF</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{store} — Service Counter</source>
            <translation>{store} — 维修服务台</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Job board</source>
            <translation>维修看板</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Device history</source>
            <translation>设备记录</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>After-care</source>
            <translation>售后回访</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>数据库：{name}</translation>
        </message>
        <message>
            <source>Signed in: {user} ({role})</source>
            <translation>当前用户：{user}（{role}）</translation>
        </message>
        <message>
            <source>&amp;Shop</source>
            <translation>门店(&amp;S)</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>搜索…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Scanned {text}: nothing found</source>
            <translation>已扫描 {text}：未找到</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Ticket number, IMEI, phone tail or name:</source>
            <translation>工单号、IMEI、电话尾号或姓名：</translation>
        </message>
        <message>
            <source>Nothing found for {text}</source>
            <translation>没有找到 {text}</translation>
        </message>
    </context>
    <context>
        <name>PartsPage</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>适用机型</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Low level</source>
            <translation>警戒线</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>库位</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>SKU, barcode, name or model</source>
            <translation>SKU、条码、名称或机型</translation>
        </message>
        <message>
            <source>Low stock only</source>
            <translation>仅显示低库存</translation>
        </message>
        <message>
            <source>Receive…</source>
            <translation>入库…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出到Excel…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>从Excel导入…</translation>
        </message>
        <message>
            <source>Movements of the selected part</source>
            <translation>所选备件的出入库记录</translation>
        </message>
        <message>
            <source>Stock at cost: {value}</source>
            <translation>库存成本：{value}</translation>
        </message>
        <message>
            <source>Export parts</source>
            <translation>导出备件</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting parts…</source>
            <translation>正在导出备件…</translation>
        </message>
        <message>
            <source>{n} parts written to {path}</source>
            <translation>已将 {n} 个备件写入 {path}</translation>
        </message>
        <message>
            <source>Import parts</source>
            <translation>导入备件</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>正在检查文件…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <source>Receive parts</source>
            <translation>备件入库</translation>
        </message>
        <message>
            <source>Scan or type the SKU / barcode</source>
            <translation>扫描或输入SKU／条码</translation>
        </message>
        <message>
            <source>unit cost (optional)</source>
            <translation>单位成本（可选）</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>{sku}: {n} on hand</source>
            <translation>{sku}：库存 {n}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Deposits</source>
            <translation>定金</translation>
        </message>
        <message>
            <source>Final payments</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Jobs completed</source>
            <translation>完成工单</translation>
        </message>
        <message>
            <source>Median turnaround (h)</source>
            <translation>周转时间中位数（小时）</translation>
        </message>
        <message>
            <source>Average turnaround (h)</source>
            <translation>平均周转时间（小时）</translation>
        </message>
        <message>
            <source>Comeback rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回访数</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>被投诉</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Business day</source>
            <translation>营业日</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存PDF…</translation>
        </message>
        <message>
            <source>Save Excel…</source>
            <translation>保存Excel…</translation>
        </message>
        <message>
            <source>Overdue tickets</source>
            <translation>超时工单</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>By completion date. Follow-ups made; satisfaction (1-5) and satisfied answers about their jobs; complaints about their jobs and against them; complaints they were responsible for that went overdue.</source>
            <translation>按完成日期统计。完成的回访数；其工单的满意度（1-5）与满意率；其工单的投诉及针对本人的投诉；由其负责但已逾期的投诉。</translation>
        </message>
        <message>
            <source>Daily close</source>
            <translation>日结</translation>
        </message>
        <message>
            <source>Monthly assessment</source>
            <translation>月度考核</translation>
        </message>
        <message>
            <source>Preparing the daily report…</source>
            <translation>正在生成日报…</translation>
        </message>
        <message>
            <source>Received {received} · diagnosed {diagnosed} · completed {completed} · collected {collected} · cancelled {cancelled} · net takings {net} · comebacks {comebacks} · parts used {parts} ({cost} at cost)</source>
            <translation>受理 {received} · 检测 {diagnosed} · 完成 {completed} · 取机 {collected} · 取消 {cancelled} · 净收款 {net} · 返修 {comebacks} · 用料 {parts}（成本 {cost}）</translation>
        </message>
        <message>
            <source>Preparing the monthly report…</source>
            <translation>正在生成月报…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Use Save PDF, or add a printer in the system settings.</source>
            <translation>本机未安装打印机。请使用“保存PDF”，或在系统设置中添加打印机。</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>保存报表</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Shop settings</source>
            <translation>门店设置</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Changes apply to every counter; the language at the next start.</source>
            <translation>设置对所有柜台生效；语言在下次启动时生效。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>TicketPage</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>已用</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>找零</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Device history</source>
            <translation>设备记录</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>新建投诉…</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>工时费</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Description, or the part's SKU</source>
            <translation>说明，或备件SKU</translation>
        </message>
        <message>
            <source>Price (parts: from stock)</source>
            <translation>单价（备件按库存价）</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>Mark part used</source>
            <translation>标记备件已使用</translation>
        </message>
        <message>
            <source>Cash given</source>
            <translation>实收现金</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>收款记录</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>工单信息</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未指派</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>锁屏密码</translation>
        </message>
        <message>
            <source>Add a note and press Enter</source>
            <translation>输入备注后按回车</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>当面</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>By message</source>
            <translation>短信/消息</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>客户确认方式</translation>
        </message>
        <message>
            <source>{service}, priority {priority} · received {received} · promised {promised}</source>
            <translation>{service}，优先级 {priority} · 收机 {received} · 预计完成 {promised}</translation>
        </message>
        <message>
            <source>Fault: {fault}</source>
            <translation>故障：{fault}</translation>
        </message>
        <message>
            <source>Warranty: {decision} {reason}</source>
            <translation>保修：{decision} {reason}</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Comeback of {ticket}</source>
            <translation>返修，原工单 {ticket}</translation>
        </message>
        <message>
            <source>Waiting for part: {part}</source>
            <translation>等待备件：{part}</translation>
        </message>
        <message>
            <source>(technicians only)</source>
            <translation>（仅技术员可见）</translation>
        </message>
        <message>
            <source>Total {total} · paid {paid} · balance {balance}</source>
            <translation>合计 {total} · 已付 {paid} · 未付 {balance}</translation>
        </message>
        <message>
            <source>Balance due: {balance}</source>
            <translation>未付余额：{balance}</translation>
        </message>
        <message>
            <source>Customer approves</source>
            <translation>客户同意</translation>
        </message>
        <message>
            <source>Customer declines</source>
            <translation>客户拒绝</translation>
        </message>
        <message>
            <source>The page now shows the latest.</source>
            <translation>页面已显示最新内容。</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Warranty repair</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Return / exchange</source>
            <translation>退换货</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>保养</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>屏幕</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>后盖</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>边框</translation>
        </message>
        <message>
            <source>Buttons</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <source>Charging port</source>
            <translation>充电口</translation>
        </message>
        <message>
            <source>Water indicator</source>
            <translation>进水标签</translation>
        </message>
        <message>
            <source>Powers on</source>
            <translation>能否开机</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>打印时间</translation>
        </message>
        <message>
            <source>S/N</source>
            <translation>序列号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>识别号</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Free of charge (warranty)</source>
            <translation>免费（保修）</translation>
        </message>
        <message>
            <source>Paid repair (not covered by warranty)</source>
            <translation>收费维修（不在保修范围）</translation>
        </message>
        <message>
            <source>Warranty to be decided after diagnosis</source>
            <translation>检测后判定是否保修</translation>
        </message>
        <message>
            <source>Warranty decision</source>
            <translation>保修判定</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>预估费用</translation>
        </message>
        <message>
            <source>Intake slip</source>
            <translation>受理单</translation>
        </message>
        <message>
            <source>Fault reported</source>
            <translation>故障描述</translation>
        </message>
        <message>
            <source>Condition on intake</source>
            <translation>收机外观检查</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>随机附件</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>Customer signature</source>
            <translation>客户签名</translation>
        </message>
        <message>
            <source>Awaiting your consent</source>
            <translation>待您确认</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价单</translation>
        </message>
        <message>
            <source>Supplementary quote</source>
            <translation>补充报价</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>未付余额</translation>
        </message>
        <message>
            <source>Value of the work</source>
            <translation>维修价值</translation>
        </message>
        <message>
            <source>This quote is valid until</source>
            <translation>本报价有效期至</translation>
        </message>
        <message>
            <source>I agree to the repair and the price above</source>
            <translation>本人同意上述维修方案及价格</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Includes refunds</source>
            <translation>其中退款</translation>
        </message>
        <message>
            <source>Change given</source>
            <translation>找零</translation>
        </message>
        <message>
            <source>Repair warranty until (expected)</source>
            <translation>维修保修期至（预计）</translation>
        </message>
        <message>
            <source>Repair warranty until</source>
            <translation>维修保修期至</translation>
        </message>
        <message>
            <source>No repair warranty: no repair was carried out</source>
            <translation>未进行维修，无维修保修</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>谢谢惠顾！</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Nothing imported: {count} bad rows: {detail}</source>
            <translation>未导入任何数据：{count} 行有误：{detail}</translation>
        </message>
        <message>
            <source>Give the ticket number</source>
            <translation>请提供工单号</translation>
        </message>
        <message>
            <source>--tickets: at least 0</source>
            <translation>--tickets：至少为0</translation>
        </message>
        <message>
            <source>{path} is not a Service Counter database, or it is damaged; it was left untouched. Restore a backup or choose another file.</source>
            <translation>{path} 不是 Service Counter 数据库或已损坏，文件未作任何改动。请恢复备份或选择其他文件。</translation>
        </message>
        <message>
            <source>The database {where} cannot be read ({detail}); it was left untouched.</source>
            <translation>无法读取数据库 {where}（{detail}），文件未作任何改动。</translation>
        </message>
        <message>
            <source>{where} is another program's database, not Service Counter's; it was left untouched.</source>
            <translation>{where} 是其他程序的数据库，不是 Service Counter 的，文件未作任何改动。</translation>
        </message>
        <message>
            <source>The database {where} was made by a newer version of Service Counter (schema {revision}); update the program to open it.</source>
            <translation>数据库 {where} 由更新版本的 Service Counter 创建（结构版本 {revision}），请升级程序后再打开。</translation>
        </message>
        <message>
            <source>The database {where} needs an upgrade; run init.</source>
            <translation>数据库 {where} 需要升级，请运行 init。</translation>
        </message>
        <message>
            <source>This ticket was changed by someone else; it has been reloaded.</source>
            <translation>此工单已被他人修改，已重新载入。</translation>
        </message>
        <message>
            <source>No file {path}</source>
            <translation>没有文件 {path}</translation>
        </message>
        <message>
            <source>{name} is an old .xls workbook: open it in Excel and save as .xlsx</source>
            <translation>{name} 是旧版 .xls 工作簿，请在 Excel 中打开并另存为 .xlsx</translation>
        </message>
        <message>
            <source>{name} is not an Excel .xlsx workbook (a .csv renamed, or a damaged file)</source>
            <translation>{name} 不是 Excel .xlsx 工作簿（可能是改名的 .csv 或已损坏的文件）</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <translation>{name} 是空文件</translation>
        </message>
        <message>
            <source>Unknown columns: {names}; use the exported Parts sheet</source>
            <translation>未知列：{names}；请使用导出的备件表作为模板</translation>
        </message>
        <message>
            <source>The {column} column is missing</source>
            <translation>缺少 {column} 列</translation>
        </message>
        <message>
            <source>Discontinued: use yes or no, not '{text}'</source>
            <translation>停产：请填写 yes 或 no，而不是“{text}”</translation>
        </message>
        <message>
            <source>On hand: '{text}' is not a whole number of 0 or more</source>
            <translation>库存：“{text}”不是大于等于0的整数</translation>
        </message>
        <message>
            <source>Amount: required</source>
            <translation>金额：必填</translation>
        </message>
        <message>
            <source>Amount: '{text}' is not a number</source>
            <translation>金额：“{text}”不是数字</translation>
        </message>
        <message>
            <source>Amount: cannot be negative</source>
            <translation>金额：不能为负数</translation>
        </message>
        <message>
            <source>Amount: at most 2 decimal places</source>
            <translation>金额：最多两位小数</translation>
        </message>
        <message>
            <source>Amount: too large</source>
            <translation>金额：数值过大</translation>
        </message>
        <message>
            <source>Unknown document {kind}; use one of: {allowed}</source>
            <translation>未知单据 {kind}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no payments yet: there is no receipt to print</source>
            <translation>工单 {ticket_no} 尚无付款，没有可打印的收据</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no quote yet</source>
            <translation>工单 {ticket_no} 尚无报价</translation>
        </message>
        <message>
            <source>Paper: use a4 or 80mm</source>
            <translation>纸张：请用 a4 或 80mm</translation>
        </message>
        <message>
            <source>Label size {size}: use 62x29, 57x32 or WxH in mm</source>
            <translation>标签尺寸 {size}：请用 62x29、57x32 或 宽x高（毫米）</translation>
        </message>
        <message>
            <source>Label dpi: 203 or 300</source>
            <translation>标签分辨率：203 或 300</translation>
        </message>
        <message>
            <source>Backups here are for SQLite files; back up PostgreSQL with pg_dump</source>
            <translation>此处备份仅适用于SQLite文件；PostgreSQL 请使用 pg_dump 备份</translation>
        </message>
        <message>
            <source>No backup file {path}</source>
            <translation>没有备份文件 {path}</translation>
        </message>
        <message>
            <source>{path} is not a database backup</source>
            <translation>{path} 不是数据库备份</translation>
        </message>
        <message>
            <source>{path} is damaged: {detail}</source>
            <translation>{path} 已损坏：{detail}</translation>
        </message>
        <message>
            <source>{path} is not a Service Counter backup this version can restore</source>
            <translation>{path} 不是本版本可恢复的 Service Counter 备份</translation>
        </message>
        <message>
            <source>{user} ({role}) may not do this; it needs: {roles}</source>
            <translation>{user}（{role}）无权执行此操作，需要：{roles}</translation>
        </message>
        <message>
            <source>No ticket {ticket_no}</source>
            <translation>没有工单 {ticket_no}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is closed</source>
            <translation>工单 {ticket_no} 已关闭</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} was changed by someone else; reload it and try again.</source>
            <translation>工单 {ticket_no} 已被他人修改，请重新载入后再试。</translation>
        </message>
        <message>
            <source>{label}: required</source>
            <translation>{label}：必填</translation>
        </message>
        <message>
            <source>No such customer</source>
            <translation>没有该客户</translation>
        </message>
        <message>
            <source>'{text}' is neither an IMEI nor a serial number</source>
            <translation>“{text}”既不是IMEI也不是序列号</translation>
        </message>
        <message>
            <source>No device with {identifier} has been in before</source>
            <translation>没有 {identifier} 的设备维修记录</translation>
        </message>
        <message>
            <source>Email: not an email address</source>
            <translation>电子邮箱：格式不正确</translation>
        </message>
        <message>
            <source>Enter the IMEI or the serial number</source>
            <translation>请输入IMEI或序列号</translation>
        </message>
        <message>
            <source>The second IMEI repeats the first one</source>
            <translation>第二个IMEI与第一个相同</translation>
        </message>
        <message>
            <source>Unknown service type {value}; use one of: {allowed}</source>
            <translation>未知服务类型 {value}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Unknown condition items: {items}</source>
            <translation>未知的外观检查项：{items}</translation>
        </message>
        <message>
            <source>Record the device's condition</source>
            <translation>请记录设备外观状况</translation>
        </message>
        <message>
            <source>Unknown priority {value}; use one of: {allowed}</source>
            <translation>未知优先级 {value}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Promised time: give a time zone</source>
            <translation>承诺时间：需要时区</translation>
        </message>
        <message>
            <source>Promised time: required</source>
            <translation>承诺时间：必填</translation>
        </message>
        <message>
            <source>Purchase date: cannot be in the future</source>
            <translation>购买日期：不能晚于今天</translation>
        </message>
        <message>
            <source>A return or exchange needs the purchase date and the invoice or receipt number</source>
            <translation>退换货需要购买日期和发票或收据号码</translation>
        </message>
        <message>
            <source>Bought {days} days ago: past the {limit}-day exchange period; take it in as a warranty repair</source>
            <translation>已购买{days}天，超过{limit}天换货期，请按保修维修受理</translation>
        </message>
        <message>
            <source>No technician {name}</source>
            <translation>没有技术员 {name}</translation>
        </message>
        <message>
            <source>SKU: required</source>
            <translation>SKU：必填</translation>
        </message>
        <message>
            <source>SKU {sku}: letters, digits, . _ / - only, at most 50</source>
            <translation>SKU {sku}：只能包含字母、数字及 . _ / -，最多50个字符</translation>
        </message>
        <message>
            <source>Low stock level: '{text}' is not a whole number</source>
            <translation>低库存警戒线：“{text}”不是整数</translation>
        </message>
        <message>
            <source>Low stock level: cannot be negative</source>
            <translation>低库存警戒线：不能为负数</translation>
        </message>
        <message>
            <source>No part {sku}</source>
            <translation>没有备件 {sku}</translation>
        </message>
        <message>
            <source>Only {have} of {sku} in stock; {wanted} needed (stock cannot go negative)</source>
            <translation>{sku} 库存仅 {have} 件，需要 {wanted} 件（库存不能为负）</translation>
        </message>
        <message>
            <source>SKU {sku} exists already</source>
            <translation>SKU {sku} 已存在</translation>
        </message>
        <message>
            <source>Quantity: '{text}' is not a whole number</source>
            <translation>数量：“{text}”不是整数</translation>
        </message>
        <message>
            <source>Quantity: cannot be zero</source>
            <translation>数量：不能为零</translation>
        </message>
        <message>
            <source>No such quote line</source>
            <translation>没有该报价行</translation>
        </message>
        <message>
            <source>That line is not a part from the inventory</source>
            <translation>该报价行不是库存备件</translation>
        </message>
        <message>
            <source>The customer has not approved this part yet</source>
            <translation>客户尚未同意使用该备件</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: parts are fitted during repair</source>
            <translation>工单 {ticket_no} 状态为 {status}：备件只能在维修过程中使用</translation>
        </message>
        <message>
            <source>This part is already marked as used</source>
            <translation>该备件已标记为已使用</translation>
        </message>
        <message>
            <source>This part was not used on the ticket</source>
            <translation>该备件未在此工单上使用</translation>
        </message>
        <message>
            <source>Unknown payment method {value}; use one of: {allowed}</source>
            <translation>未知支付方式 {value}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Amount: must be above zero</source>
            <translation>金额：必须大于零</translation>
        </message>
        <message>
            <source>Cash given is less than the amount</source>
            <translation>实收现金少于应付金额</translation>
        </message>
        <message>
            <source>{amount} is more than the balance of {balance} on {ticket_no}</source>
            <translation>{amount} 超过工单 {ticket_no} 的未付余额 {balance}</translation>
        </message>
        <message>
            <source>No payment {payment_id} on {ticket_no}</source>
            <translation>工单 {ticket_no} 没有付款 {payment_id}</translation>
        </message>
        <message>
            <source>At most {refundable} of that payment can be refunded</source>
            <translation>该笔付款最多可退 {refundable}</translation>
        </message>
        <message>
            <source>Unknown line kind {kind}</source>
            <translation>未知的报价行类型 {kind}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: it cannot be quoted</source>
            <translation>工单 {ticket_no} 状态为 {status}，不能报价</translation>
        </message>
        <message>
            <source>The customer has answered this quote already</source>
            <translation>客户已答复此报价</translation>
        </message>
        <message>
            <source>Return the part to stock before removing its line</source>
            <translation>请先将备件退回库存，再删除该报价行</translation>
        </message>
        <message>
            <source>Unknown way of consent {value}; use one of: {allowed}</source>
            <translation>未知的确认方式 {value}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: no quote awaits an answer</source>
            <translation>工单 {ticket_no} 状态为 {status}，没有待客户确认的报价</translation>
        </message>
        <message>
            <source>There is no quote to answer</source>
            <translation>没有待确认的报价</translation>
        </message>
        <message>
            <source>Warranty decision: free or paid</source>
            <translation>保修判定：免费或收费</translation>
        </message>
        <message>
            <source>Month: give it as YYYY-MM</source>
            <translation>月份：请按 YYYY-MM 格式填写</translation>
        </message>
        <message>
            <source>Unknown setting {key}</source>
            <translation>未知设置项 {key}</translation>
        </message>
        <message>
            <source>{key}: a whole number is needed</source>
            <translation>{key}：需要整数</translation>
        </message>
        <message>
            <source>{key}: cannot be negative</source>
            <translation>{key}：不能为负数</translation>
        </message>
        <message>
            <source>{key}: unknown fields {names}</source>
            <translation>{key}：未知字段 {names}</translation>
        </message>
        <message>
            <source>Unknown time zone {value}</source>
            <translation>未知时区 {value}</translation>
        </message>
        <message>
            <source>Unknown status {status}; statuses are: {statuses}</source>
            <translation>未知状态 {status}，可选状态：{statuses}</translation>
        </message>
        <message>
            <source>User name: 2 to 50 letters, digits, dots, dashes or underscores</source>
            <translation>用户名：2至50位字母、数字、点、短横线或下划线</translation>
        </message>
        <message>
            <source>Unknown role {role}; use one of: {roles}</source>
            <translation>未知角色 {role}，可选：{roles}</translation>
        </message>
        <message>
            <source>User {name} exists already</source>
            <translation>用户 {name} 已存在</translation>
        </message>
        <message>
            <source>Password: at least 4 characters</source>
            <translation>密码：至少4个字符</translation>
        </message>
        <message>
            <source>No user {name}</source>
            <translation>没有用户 {name}</translation>
        </message>
        <message>
            <source>Unknown complaint class {value}; one of: {choices}</source>
            <translation>未知投诉类别 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>Unknown channel {value}; one of: {choices}</source>
            <translation>未知渠道 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>Unknown severity {value}; one of: {choices}</source>
            <translation>未知严重程度 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>Give the ticket or the customer's phone</source>
            <translation>请填写工单号或客户手机号</translation>
        </message>
        <message>
            <source>No customer with phone {phone}</source>
            <translation>没有手机号为 {phone} 的客户</translation>
        </message>
        <message>
            <source>No complaint {id}</source>
            <translation>没有投诉 {id}</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; only an unresolved one can be assigned</source>
            <translation>投诉 {id} 当前为 {state}，只有未处理的投诉才能指派</translation>
        </message>
        <message>
            <source>Responsible person: required</source>
            <translation>负责人：必填</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; it cannot be resolved again</source>
            <translation>投诉 {id} 当前为 {state}，不能再次处理</translation>
        </message>
        <message>
            <source>Only the responsible person or the manager may resolve it</source>
            <translation>只有负责人或经理可以处理此投诉</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; only a resolved complaint can be closed</source>
            <translation>投诉 {id} 当前为 {state}，只有已处理的投诉才能结案</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; only a resolved or closed one can be reopened</source>
            <translation>投诉 {id} 当前为 {state}，只有已处理或已结案的投诉才能重新打开</translation>
        </message>
        <message>
            <source>Unknown state {value}; one of: {choices}</source>
            <translation>未知状态 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>Wrong user name or password</source>
            <translation>用户名或密码错误</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} cannot go from {current} to {status}; allowed: {allowed}</source>
            <translation>工单 {ticket_no} 不能从 {current} 转到 {status}，允许：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {current}: it is closed</source>
            <translation>工单 {ticket_no} 状态为 {current}，已关闭</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} awaits the customer's answer: record it with approve or decline</source>
            <translation>工单 {ticket_no} 正在等待客户答复，请记录同意或拒绝</translation>
        </message>
        <message>
            <source>Add the quote lines first: there is nothing to approve</source>
            <translation>请先添加报价行：没有可供确认的内容</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} still has {balance} to pay before collection</source>
            <translation>工单 {ticket_no} 还需支付 {balance} 才能取机</translation>
        </message>
        <message>
            <source>Refund the {paid} paid on {ticket_no} before cancelling it</source>
            <translation>取消前请先退还工单 {ticket_no} 已付的 {paid}</translation>
        </message>
        <message>
            <source>IMEI: enter the 15-digit IMEI (dial *#06#)</source>
            <translation>IMEI：请输入15位IMEI（拨号 *#06# 查看）</translation>
        </message>
        <message>
            <source>IMEI: only digits are allowed</source>
            <translation>IMEI：只能包含数字</translation>
        </message>
        <message>
            <source>IMEI: 16 digits is an IMEISV (software version); enter the 15-digit IMEI</source>
            <translation>IMEI：16位是IMEISV（软件版本号），请输入15位IMEI</translation>
        </message>
        <message>
            <source>IMEI: must be 15 digits, got {count}</source>
            <translation>IMEI：应为15位，当前为{count}位</translation>
        </message>
        <message>
            <source>IMEI: the check digit is wrong, re-check the number</source>
            <translation>IMEI：校验位不正确，请核对号码</translation>
        </message>
        <message>
            <source>Serial number: required</source>
            <translation>序列号：必填</translation>
        </message>
        <message>
            <source>Serial number: 4 to 30 letters and digits</source>
            <translation>序列号：4至30位字母或数字</translation>
        </message>
        <message>
            <source>Phone: required</source>
            <translation>电话：必填</translation>
        </message>
        <message>
            <source>Phone: '{text}' is not a phone number</source>
            <translation>电话：“{text}”不是电话号码</translation>
        </message>
        <message>
            <source>Phone: '{text}' is not a valid phone number</source>
            <translation>电话：“{text}”不是有效的电话号码</translation>
        </message>
        <message>
            <source>Name: required</source>
            <translation>姓名：必填</translation>
        </message>
        <message>
            <source>Name: at most {max} characters</source>
            <translation>姓名：最多{max}个字符</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Accessories</source>
            <translation>随机附件</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>锁屏密码</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Proof of purchase</source>
            <translation>购机凭证</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>外观状况</translation>
        </message>
        <message>
            <source>Part name</source>
            <translation>备件名称</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Compatible models</source>
            <translation>适用机型</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>库位</translation>
        </message>
        <message>
            <source>{label}: at most {max} characters</source>
            <translation>{label}：最多{max}个字符</translation>
        </message>
        <message>
            <source>Quantity: must be at least 1</source>
            <translation>数量：至少为1</translation>
        </message>
        <message>
            <source>Quantity: too large</source>
            <translation>数量：数值过大</translation>
        </message>
        <message>
            <source>Callback: give it as YYYY-MM-DD HH:MM, not {value}</source>
            <translation>回电时间：请按 YYYY-MM-DD HH:MM 填写，而不是 {value}</translation>
        </message>
        <message>
            <source>Callback: the time has already passed</source>
            <translation>回电时间：该时间已过</translation>
        </message>
        <message>
            <source>No phone number for this call</source>
            <translation>此回访没有电话号码</translation>
        </message>
        <message>
            <source>No such call</source>
            <translation>没有这条回访</translation>
        </message>
        <message>
            <source>Satisfaction: a score from 1 to 5, not {value}</source>
            <translation>满意度：应为1到5分，而不是 {value}</translation>
        </message>
        <message>
            <source>Unknown feedback class {value}; one of: {choices}</source>
            <translation>未知反馈类别 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>A call that did not reach the customer has no answer to record</source>
            <translation>未接通的回访不能记录评价</translation>
        </message>
        <message>
            <source>A score of {value} is not satisfied; choose the class that fits</source>
            <translation>评分 {value} 不属于满意，请选择相应的反馈类别</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is not collected; no follow-up call is due</source>
            <translation>工单 {ticket_no} 尚未取机，无需回访</translation>
        </message>
        <message>
            <source>The customer of {ticket_no} does not want to be contacted</source>
            <translation>工单 {ticket_no} 的客户不希望被联系</translation>
        </message>
        <message>
            <source>This follow-up call {ticket_no} has already been recorded</source>
            <translation>回访 {ticket_no} 已记录过</translation>
        </message>
        <message>
            <source>This follow-up call {ticket_no} is not due now</source>
            <translation>回访 {ticket_no} 现在还未到期</translation>
        </message>
        <message>
            <source>This follow-up call has already been recorded</source>
            <translation>此回访已记录过</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <source>Taken in</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Quote line</source>
            <translation>报价行</translation>
        </message>
        <message>
            <source>Line removed</source>
            <translation>删除报价行</translation>
        </message>
        <message>
            <source>Quote approved</source>
            <translation>客户同意报价</translation>
        </message>
        <message>
            <source>Quote declined</source>
            <translation>客户拒绝报价</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Part used</source>
            <translation>使用备件</translation>
        </message>
        <message>
            <source>Part returned</source>
            <translation>退回备件</translation>
        </message>
        <message>
            <source>Warranty decision</source>
            <translation>保修判定</translation>
        </message>
        <message>
            <source>Comeback</source>
            <translation>返修</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Free (warranty)</source>
            <translation>免费（保修）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>收费</translation>
        </message>
        <message>
            <source>To be decided</source>
            <translation>待定</translation>
        </message>
        <message>
            <source>Start diagnosis</source>
            <translation>开始检测</translation>
        </message>
        <message>
            <source>Send quote to customer</source>
            <translation>报价给客户</translation>
        </message>
        <message>
            <source>Start repair</source>
            <translation>开始维修</translation>
        </message>
        <message>
            <source>Wait for parts</source>
            <translation>等待备件</translation>
        </message>
        <message>
            <source>To quality check</source>
            <translation>送复检</translation>
        </message>
        <message>
            <source>Ready for collection</source>
            <translation>可取机</translation>
        </message>
        <message>
            <source>Hand over to customer</source>
            <translation>交付客户</translation>
        </message>
        <message>
            <source>Cancel ticket</source>
            <translation>取消工单</translation>
        </message>
    </context>
    <context>
        <name>names</name>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Diagnosing</source>
            <translation>检测中</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待客户确认</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation>维修中</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>等待备件</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>复检</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>待取机</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取机</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Warranty repair</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Return / exchange</source>
            <translation>退换货</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>保养</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Dissatisfied at follow-up</source>
            <translation>回访不满意</translation>
        </message>
        <message>
            <source>Complaint by phone</source>
            <translation>来电投诉</translation>
        </message>
        <message>
            <source>Not fixed the first time</source>
            <translation>一次维修不到位</translation>
        </message>
        <message>
            <source>Not fixed several times</source>
            <translation>多次维修不到位</translation>
        </message>
        <message>
            <source>Unhappy with staff attitude</source>
            <translation>服务态度不满意</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>门店柜台</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>短信/消息</translation>
        </message>
        <message>
            <source>Online review</source>
            <translation>网络评价</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>严重</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>After collection</source>
            <translation>取机后回访</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>首月回访</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>季度回访</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>咨询回电</translation>
        </message>
        <message>
            <source>Callback due</source>
            <translation>待回电</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>待重拨</translation>
        </message>
        <message>
            <source>Called back</source>
            <translation>已回电</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>无法联系</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>Not reached, try again</source>
            <translation>未接通，待重拨</translation>
        </message>
        <message>
            <source>Not reached, unreachable</source>
            <translation>未接通，无法联系</translation>
        </message>
        <message>
            <source>Complaint {id}: {state} ({kind})</source>
            <translation>投诉 {id}：{state}（{kind}）</translation>
        </message>
        <message>
            <source>High</source>
            <translation>加急</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>特急</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>当面</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>By message</source>
            <translation>短信/消息</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>客服专员</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>售后经理</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>库存管理员</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>屏幕</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>后盖</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>边框</translation>
        </message>
        <message>
            <source>Buttons</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <source>Charging port</source>
            <translation>充电口</translation>
        </message>
        <message>
            <source>Water indicator</source>
            <translation>进水标签</translation>
        </message>
        <message>
            <source>Powers on</source>
            <translation>能否开机</translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message>
            <source>Service Counter</source>
            <translation>维修服务台</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>Daily report</source>
            <translation>日报</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Diagnosed</source>
            <translation>已检测</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取机</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Takings</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Deposits</source>
            <translation>定金</translation>
        </message>
        <message>
            <source>Final payments</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Open tickets by status</source>
            <translation>在修工单（按状态）</translation>
        </message>
        <message>
            <source>Overdue tickets</source>
            <translation>超时工单</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Parts used</source>
            <translation>备件使用</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Comebacks</source>
            <translation>返修</translation>
        </message>
        <message>
            <source>Earlier ticket</source>
            <translation>原工单</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Intakes</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>收款笔数</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>交机</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Monthly staff assessment</source>
            <translation>月度绩效考核</translation>
        </message>
        <message>
            <source>Jobs completed</source>
            <translation>完成工单</translation>
        </message>
        <message>
            <source>Median turnaround (h)</source>
            <translation>周转时间中位数（小时）</translation>
        </message>
        <message>
            <source>Average turnaround (h)</source>
            <translation>平均周转时间（小时）</translation>
        </message>
        <message>
            <source>Comeback rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回访数</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>被投诉</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <source>After-care</source>
            <translation>售后回访</translation>
        </message>
        <message>
            <source>Feedback by class</source>
            <translation>按反馈类别</translation>
        </message>
        <message>
            <source>By completion date. After-care: follow-ups made, average satisfaction (1-5) and the share of satisfied answers about their jobs, complaints about their jobs and against them, complaints they were responsible for that went overdue.</source>
            <translation>按完成日期统计。售后：完成的回访数、其工单的平均满意度（1-5）及满意率、其工单的投诉及针对本人的投诉、由其负责但已逾期的投诉。</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>客服专员</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>技术支持工程师</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>售后经理</translation>
        </message>
        <message>
            <source>By completion date; follow-up satisfaction and complaints are shown once follow-up calls are recorded.</source>
            <translation>按完成日期统计；记录回访后将显示回访满意度和投诉。</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Store name printed on documents</source>
            <translation>门店名称（打印在单据上）</translation>
        </message>
        <message>
            <source>Store address printed on documents</source>
            <translation>门店地址（打印在单据上）</translation>
        </message>
        <message>
            <source>Store phone printed on documents</source>
            <translation>门店电话（打印在单据上）</translation>
        </message>
        <message>
            <source>ISO currency code</source>
            <translation>币种代码（ISO）</translation>
        </message>
        <message>
            <source>The store's time zone (business day)</source>
            <translation>门店时区（营业日）</translation>
        </message>
        <message>
            <source>Default region for phone numbers</source>
            <translation>电话号码默认地区</translation>
        </message>
        <message>
            <source>Interface language (empty: the system's)</source>
            <translation>界面语言（留空：跟随系统）</translation>
        </message>
        <message>
            <source>Warranty on our own repairs, from collection</source>
            <translation>维修保修天数（自取机起）</translation>
        </message>
        <message>
            <source>Phone handset warranty from purchase</source>
            <translation>整机保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Battery warranty from purchase</source>
            <translation>电池保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Charger warranty from purchase</source>
            <translation>充电器保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Wired headset warranty from purchase</source>
            <translation>有线耳机保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Memory card warranty from purchase</source>
            <translation>存储卡保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Return allowed within days of purchase</source>
            <translation>购买后可退货天数</translation>
        </message>
        <message>
            <source>Exchange allowed within days of purchase</source>
            <translation>购买后可换货天数</translation>
        </message>
        <message>
            <source>Failed warranty repairs before exchange</source>
            <translation>保修期内维修失败几次后可换货</translation>
        </message>
        <message>
            <source>Follow-up call due within days of collection</source>
            <translation>取机后几天内回访</translation>
        </message>
        <message>
            <source>Call every customer of the last 12 months once a quarter</source>
            <translation>每季度回访近12个月内的所有客户</translation>
        </message>
        <message>
            <source>A follow-up call not reached is tried at most this often</source>
            <translation>回访未接通时最多拨打的次数</translation>
        </message>
        <message>
            <source>An overdue follow-up call stays on the list for days</source>
            <translation>逾期回访在列表中保留的天数</translation>
        </message>
        <message>
            <source>A serious complaint is due within hours</source>
            <translation>严重投诉处理时限（小时）</translation>
        </message>
        <message>
            <source>A normal complaint is due within days</source>
            <translation>一般投诉处理时限（天）</translation>
        </message>
        <message>
            <source>Promised completion after intake, hours</source>
            <translation>受理后预计完成小时数</translation>
        </message>
        <message>
            <source>A quote is valid for days</source>
            <translation>报价有效天数</translation>
        </message>
        <message>
            <source>Allow parts stock to go below zero</source>
            <translation>允许备件库存为负</translation>
        </message>
        <message>
            <source>Intake fields that must be filled in besides name, phone, brand, model, IMEI/serial</source>
            <translation>除姓名、电话、品牌、型号、IMEI/序列号外的必填受理项</translation>
        </message>
        <message>
            <source>Terms printed on the intake slip</source>
            <translation>受理单条款</translation>
        </message>
        <message>
            <source>Terms printed on the receipt</source>
            <translation>收据条款</translation>
        </message>
    </context>
</TS>