/** Interface strings in Chinese: the title, the demo badge, the language switch, loading and retrying. */
export const common = {
  appTitle: '警网 · 达川区 警网融合态势图',
  appTitleShort: '警网',
  appSubtitle: '达川区 警网融合态势图',
  demoBadge: '演示数据',
  demoBadgeTitle: '数据库中为系统生成的演示数据，不涉及真实人员和警情',
  languageSwitch: 'English',
  languageSwitchTitle: '切换到英文界面',
  loading: '加载中…',
  loadFailed: '数据加载失败：{message}',
  fileChoose: '选择文件…',
  fileNone: '未选择文件',
  retry: '重试',
} as const;
