// Testing Library's waitFor/findBy give up after 1 s by default: too short on a busy CI machine.
import { configure } from '@testing-library/dom';
// DOM matchers for expect (toBeInTheDocument, toHaveTextContent, toBeDisabled …).
import '@testing-library/jest-dom/vitest';

configure({ asyncUtilTimeout: 15_000 });
