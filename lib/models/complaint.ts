/**
 * The complaint model's weights (npm run train), validated once where they are loaded: the
 * background, the batch CLI and the reviewers' worker, so all three read complaints alike. Never
 * imported by a content script (they bundle no engine code).
 */
import weights from '../../assets/complaint-model.json';
import { parseComplaintModel } from '../analysis/complaint/model';

export const complaintModel = parseComplaintModel(weights, 'assets/complaint-model.json');
