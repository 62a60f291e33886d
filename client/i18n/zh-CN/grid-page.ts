/** Interface strings in Chinese: the grid page (网格页). */
export const gridPage = {
  gpBandBelow: '户数低于规划区间 {min}–{max} 户',
  gpBandAbove: '户数超出规划区间 {min}–{max} 户',
  gpFacts: '{households} 户 · {residents} 人 · 警格 {beat}',
  gpGrades: '网格长考评（各期）',
  gpGradeRank: '第 {rank} 名',
  gpNoGrades: '还没有考评。',
  gpFreshness: '核验率（90 天内核验）',
  gpDisputes: '未结纠纷 {open} 起 · 高风险 {high} · 超期 {overdue}',
  gpDisputesOpen: '在纠纷列表中查看',
  gpNoDisputes: '没有未结纠纷。',
  gpIncidents: '近 {days} 天警情 {total} 起（按类别）',
  gpPeople: '网格力量',
  gpWork: '近 12 个月工作',
  gpMeetings: '联席会与谈心谈话',
  gpNoMeetings: '还没有会议记录。',
} as const;
