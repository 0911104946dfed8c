"use client";

import { ErrorNotice } from "@/components/shell/error-notice";

export default ErrorNotice;
