// Testing Library's waitFor/findBy give up after 1 s by default: too short on a busy CI machine.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 15_000 });
