import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers } from '@/utils/background/handlers';
import { registerCommands } from '@/utils/commands/commands';
import { registerLogBackground } from '@/utils/log/background';
import { registerHandlers } from '@/utils/messaging/register';
import { registerNoticeMenu } from '@/utils/notice/menu';
import { registerOnboarding } from '@/utils/onboarding/background';
import { registerPlanBackground } from '@/utils/plan/background';
import { registerPanelAvailability } from '@/utils/sidepanel/availability';

// Wiring only. MV3 stops the worker after ~30 s idle: every listener is registered here,
// synchronously, and no state is kept in globals (it lives in storage and IndexedDB).
export default defineBackground(() => {
  registerPanelAvailability();
  registerHandlers('background', createBackgroundHandlers(), ['extension-page', 'content-script']);
  registerLogBackground();
  registerOnboarding();
  registerNoticeMenu();
  registerCommands();
  registerPlanBackground();
});
